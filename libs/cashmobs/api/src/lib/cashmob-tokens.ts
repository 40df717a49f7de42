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

const LEGACY_CHECK_IN_MAC_LENGTH = 16;

/** Crockford's base32: digits and capitals without I, L, O and U, so nothing reads as another character. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters of a check-in code: 8 × 5 bits = 40 bits. */
export const CHECK_IN_CODE_LENGTH = 8;

/**
 * The code in a sign-up's QR and mails: 8 characters of Crockford base32 (40 bits) of a keyed MAC
 * (HMAC-SHA-256 with the server's secret) of the sign-up's id. It only lets the organiser, the shop
 * or the board (who must be logged in, and can check anyone in from the list anyway) check that
 * person in, and only together with the cashmob it belongs to; it cannot cancel or read anything,
 * so it is derived rather than stored, and shown again on the person's manage page.
 *
 * Why 40 bits are enough: a guess matches one of the cashmob's N sign-ups with
 * probability N / 2^40; with N = 10,000 (the largest capacity) that is 9.1e-9 per guess. Wrong
 * codes are limited per cashmob (CHECK_IN_WRONG_CODE_LIMIT: 20 an hour), so a full year of
 * guessing (175,200 tries) succeeds with probability at most 1.6e-3, and a more usual cashmob of
 * 100 sign-ups with 1.6e-5; a guesser must be one of that cashmob's managers to try at all.
 */
export function checkInCode(signUpId: string, secret: string): string {
  const mac = createHmac('sha256', secret).update(`cashmob-check-in-code:${signUpId.toLowerCase()}`).digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = CHECK_IN_CODE_LENGTH - 1; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/**
 * A typed or scanned short code as the server compares it, else null: spaces and hyphens dropped,
 * lower case read as capitals, and Crockford's look-alikes read as what they look like (O → 0, I and L → 1).
 */
export function normalisedCheckInCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === CHECK_IN_CODE_LENGTH && [...code].every((c) => CROCKFORD.includes(c)) ? code : null;
}

/** The sign-up among `signUpIds` (one cashmob's) whose short code this is, else null. */
export function signUpIdOfShortCheckInCode(input: string, signUpIds: readonly string[], secret: string): string | null {
  const code = normalisedCheckInCode(input);
  if (!code) return null;
  const given = Buffer.from(code);
  const matches = signUpIds.filter((id) => timingSafeEqual(Buffer.from(checkInCode(id, secret)), given));
  return matches.length === 1 ? matches[0] : null;
}

/**
 * The sign-up id in a code mailed before the codes were short (`<id>.<16 characters of MAC>`, issue
 * 16), else null: those mails and QR codes keep working.
 */
export function signUpIdOfLegacyCheckInCode(code: string, secret: string): string | null {
  const [id, mac] = code.trim().split('.');
  if (!id || !mac || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const expected = Buffer.from(legacyCheckInCode(id, secret).split('.')[1]);
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The long code mailed before issue 16: the sign-up's id and 16 characters of a keyed MAC of it. */
export function legacyCheckInCode(signUpId: string, secret: string): string {
  return `${signUpId}.${createHmac('sha256', secret).update(`cashmob-check-in:${signUpId}`).digest('base64url').slice(0, LEGACY_CHECK_IN_MAC_LENGTH)}`;
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
