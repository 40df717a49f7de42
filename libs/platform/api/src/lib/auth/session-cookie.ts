import type { HttpRequest, HttpResponse } from '../http/http-types';

export const SESSION_COOKIE = 'sid';

export function readSessionCookie(req: HttpRequest): string | null {
  const value = req.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** What every cookie of the app says: HttpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post with it. */
export interface CookieOptions {
  secure: boolean;
  /** Where the browser sends it back (the whole site unless said). */
  path?: string;
}

/**
 * Sets a cookie for `maxAgeMs` milliseconds: `Max-Age` in seconds and `Expires` (which older clients
 * read instead), HttpOnly, SameSite=Lax.
 */
export function setCookie(
  res: HttpResponse,
  name: string,
  value: string,
  maxAgeMs: number,
  { secure, path = '/' }: CookieOptions,
): void {
  res.setCookie(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path,
    maxAge: Math.round(maxAgeMs / 1000),
    expires: new Date(Date.now() + maxAgeMs),
  });
}

/** Removes a cookie set by setCookie (the same name, path and flags). */
export function clearCookie(res: HttpResponse, name: string, { secure, path = '/' }: CookieOptions): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path });
}

export function setSessionCookie(res: HttpResponse, token: string, maxAgeDays: number, secure: boolean): void {
  setCookie(res, SESSION_COOKIE, token, maxAgeDays * 24 * 3600 * 1000, { secure });
}

export function clearSessionCookie(res: HttpResponse, secure: boolean): void {
  clearCookie(res, SESSION_COOKIE, { secure });
}
