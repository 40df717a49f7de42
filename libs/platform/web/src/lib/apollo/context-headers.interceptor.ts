import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { AssociationContext } from '../session/association-context';
import { LanguageState } from '../i18n/language-state';

const API_PREFIXES = ['/graphql', '/api/'];

/** Adds the current association and the chosen language to every call to our API. */
export const contextHeadersInterceptor: HttpInterceptorFn = (req, next) => {
  const path = req.url.replace(/^https?:\/\/[^/]+/, '');
  if (!API_PREFIXES.some((prefix) => path.startsWith(prefix))) return next(req);
  const associationId = inject(AssociationContext).associationId();
  const language = inject(LanguageState).language();
  const setHeaders: Record<string, string> = { 'accept-language': language };
  if (associationId) setHeaders['x-association-id'] = associationId;
  return next(req.clone({ setHeaders, withCredentials: true }));
};
