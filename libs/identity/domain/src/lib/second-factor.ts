/**
 * The second factor (issue 25): time-based codes (TOTP, RFC 6238: 6 digits, 30-second steps, one
 * step of clock drift either way) and single-use recovery codes. Pure rules, shared by the API and
 * the web; the secret and the randomness live in the API.
 */

/** How many recovery codes a person gets at setup and at each regeneration. */
export const RECOVERY_CODE_COUNT = 10;

/** Characters of a recovery code: lower-case letters and digits without the look-alikes 0/o, 1/l/i. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code's length, without its dash (10 characters from 31: about 49 bits). */
export const RECOVERY_CODE_LENGTH = 10;

/** How long the second sign-in step waits for its code after the right password. */
export const SECOND_STEP_TTL_MINUTES = 5;

/**
 * Second-step throttling (like the first step's, ADR 0014): wrong codes counted per account (a
 * guesser who holds the password) and per client address; a right code gives its attempt back.
 */
export const SECOND_STEP_MAX_FAILURES = 5;
export const SECOND_STEP_WINDOW_MINUTES = 15;

/** TOTP parameters (the authenticator apps' defaults). */
export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** Steps of clock drift accepted either way. */
export const TOTP_WINDOW = 1;

/** The name an authenticator app shows for the account. */
export const TOTP_ISSUER = 'Vitrines';

/**
 * A recovery code from random bytes (one character per byte; bytes are taken modulo the alphabet,
 * whose small bias is irrelevant at 49 bits), shown as two groups of five: "k7m2p-xq4rt".
 */
export function formatRecoveryCode(bytes: ArrayLike<number>): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error(`a recovery code needs ${RECOVERY_CODE_LENGTH} bytes`);
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i += 1)
    code += RECOVERY_CODE_ALPHABET[bytes[i] % RECOVERY_CODE_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What the person typed, as compared: spaces and dashes dropped, lower case ("K7M2P XQ4RT" → "k7m2pxq4rt"). */
export function normalizeSecondFactorCode(input: string): string {
  return input.replace(/[\s-]/g, '').toLowerCase();
}

/** A time-based code's shape: exactly six digits once normalised. */
export function isTotpShape(input: string): boolean {
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(normalizeSecondFactorCode(input));
}

/** A recovery code's shape once normalised. */
export function isRecoveryCodeShape(input: string): boolean {
  const escaped = RECOVERY_CODE_ALPHABET.replace(/[-\\^\]]/g, '\\$&');
  return new RegExp(`^[${escaped}]{${RECOVERY_CODE_LENGTH}}$`).test(normalizeSecondFactorCode(input));
}

/** The TOTP time step (counter) an instant falls in. */
export function totpStep(epochMs: number): number {
  return Math.floor(epochMs / 1000 / TOTP_STEP_SECONDS);
}

/**
 * Whether a code of time step `step` may be used, given the newest step already used: a code is
 * good once, and an older one never after a newer one (RFC 6238 §5.2).
 */
export function totpStepUsable(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** The secret as the person types it into an app by hand: groups of four ("JBSW Y3DP …"). */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
