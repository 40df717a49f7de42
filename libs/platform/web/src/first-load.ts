/**
 * What the application's first load needs (the app's providers and routes, the public frame, the
 * log-in page), and nothing else: code on the log-in page's path imports from here
 * (`@assoc/platform-web/first-load`), every other page from `@assoc/platform-web/core`, which
 * re-exports this. The bundler places a file by which entry points reach it, whatever of it they
 * use: importing `core` from the first load would bring its pipes, form validators and Apollo
 * helpers, which only the other pages use (ADR 0036). Types may be imported from `core` anywhere.
 */
export { clearGraphqlCache } from './lib/apollo/graphql-on-demand';
export { withAppServices } from './lib/routing/app-services';
export { GraphqlRequest } from './lib/graphql-http/graphql-request';
export { contextHeadersInterceptor } from './lib/apollo/context-headers.interceptor';
export { provideI18n } from './lib/i18n/provide-i18n';
export { LanguageStore } from './lib/i18n/language-store';
export { DomainTexts, DomainTextsRegistry, textsGuard, withTexts } from './lib/i18n/domain-texts';
export type { DomainTextFiles } from './lib/i18n/domain-texts';
export { LanguageState, LANGUAGES, toAppLanguage } from './lib/i18n/language-state';
export type { AppLanguage } from './lib/i18n/language-state';
export { AssociationContext, ASSOCIATION_STORAGE_KEY } from './lib/session/association-context';
export { SessionStore } from './lib/session/session-store';
export type { Viewer, ViewerMembership, MemberRole } from './lib/session/session-store';
export { authGuard, associationGuard, guestGuard, permissionGuard } from './lib/session/auth.guards';
export { ErrorDisplay } from './lib/errors/error-display';
export type { ShowErrorOptions } from './lib/errors/error-display';
export { parseServerError, normaliseFieldPath } from './lib/errors/server-error';
export type { ServerErrorInfo, FieldMessage } from './lib/errors/server-error';
export { clearServerErrors } from './lib/errors/clear-server-error';
export { FieldErrorPipe } from './lib/errors/field-error.pipe';
export { SvgIcon } from './lib/icons/svg-icon';
export { PublicLayout } from './lib/layout/public-layout';
export { LanguageSwitcher } from './lib/layout/language-switcher';
export { TranslatedTitleStrategy } from './lib/routing/translated-title-strategy';
