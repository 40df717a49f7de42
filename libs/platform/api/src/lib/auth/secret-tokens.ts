import { createHmac, randomBytes } from 'node:crypto';

/** `bytes` random bytes, URL-safe (base64url): a secret link's token (32 bytes: 256 bits, 43 characters). */
export function newSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** True when `token` has the shape newSecretToken(bytes) gives, so a malformed one is refused before any look-up. */
export function isSecretTokenShape(token: string, bytes = 32): boolean {
  return new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`).test(token);
}

/**
 * The keyed hash stored in place of a secret token (HMAC-SHA256 with SECRET_KEY), per purpose so a
 * token of one kind never matches another's row; a leaked table cannot be replayed.
 */
export function secretTokenHash(purpose: string, token: string, secret: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${token}`).digest('base64url');
}
