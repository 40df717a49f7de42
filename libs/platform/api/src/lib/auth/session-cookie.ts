import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'sid';

export function readSessionCookie(req: Request): string | null {
  const value = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** HttpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post with it. */
export function setSessionCookie(res: Response, token: string, maxAgeDays: number, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeDays * 24 * 3600 * 1000,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
