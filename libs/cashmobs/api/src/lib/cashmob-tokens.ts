import { newSecretToken, secretTokenHash } from '@assoc/platform-api';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** 16 random bytes, base64url (22 characters): a public page's unguessable address. */
export function newSlug(): string {
  return newSecretToken(16);
}

/** 256 random bits, URL-safe: a sign-up's secret manage link, mailed once. */
export function newManageToken(): string {
  return newSecretToken();
}

/** The keyed hash stored in place of the manage token, so a leaked table cannot be replayed. */
export function hashManageToken(token: string, secret: string): string {
  return secretTokenHash('cashmob-sign-up', token, secret);
}

const CHECK_IN_MAC_LENGTH = 16;

/**
 * The code in a sign-up's QR: its id and a keyed MAC of it. It only lets the organiser, the shop or
 * the board (who must be logged in) check that person in; it cannot cancel or read anything, so
 * it is derived rather than stored, and shown again on the person's manage page.
 */
export function checkInCode(signUpId: string, secret: string): string {
  return `${signUpId}.${createHmac('sha256', secret).update(`cashmob-check-in:${signUpId}`).digest('base64url').slice(0, CHECK_IN_MAC_LENGTH)}`;
}

/** The sign-up id in a genuine check-in code, else null. */
export function signUpIdOfCheckInCode(code: string, secret: string): string | null {
  const [id, mac] = code.trim().split('.');
  if (!id || !mac || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const expected = Buffer.from(checkInCode(id, secret).split('.')[1]);
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/**
 * The token in a reminder's one-click "stop the reminders" address: the sign-up's id and a keyed MAC
 * of it (HMAC-SHA-256, 256 bits, unguessable without the server's secret). It can only stop that
 * sign-up's reminders, which is harmless to repeat, so it is derived rather than stored and stays
 * valid in every reminder of the sign-up.
 */
export function reminderStopToken(signUpId: string, secret: string): string {
  return `${signUpId}.${createHmac('sha256', secret).update(`cashmob-reminders-stop:${signUpId}`).digest('base64url')}`;
}

/** The sign-up id in a genuine reminder-stop token, else null. */
export function signUpIdOfReminderStopToken(token: string, secret: string): string | null {
  const [id, mac, extra] = token.trim().split('.');
  if (!id || !mac || extra !== undefined || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const expected = Buffer.from(reminderStopToken(id.toLowerCase(), secret).split('.')[1]);
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id.toLowerCase() : null;
}
