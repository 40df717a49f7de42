import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem =
  'passwordTooShort' | 'passwordTooLong' | 'passwordRepeated' | 'passwordContainsEmail' | 'passwordCommon';

/** Letters and digits only, lower-cased, accents kept: "Marie.Dupont-35" → "mariedupont35". */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The reason a password is refused, or null when it is acceptable: 12 to 128 characters (counted
 * in code points), not one character repeated, not containing the local part of the person's
 * e-mail (compared without case, dots or dashes, from 3 characters on), and not among the 10,000
 * most common passwords (without case).
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (characters.length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  if (characters.every((c) => c === characters[0])) return 'passwordRepeated';
  const local = squeeze(email?.split('@')[0] ?? '');
  if (local.length >= 3 && squeeze(password).includes(local)) return 'passwordContainsEmail';
  if (commonPasswords().has(password.toLowerCase())) return 'passwordCommon';
  return null;
}

/** E-mail addresses are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Log-in throttling, counted before the password is checked (a refused attempt costs no hash) and
 * given back when the password was right:
 * - one account from one address: 10 attempts per 15 minutes (a person mistyping, or a guesser);
 * - one address, all accounts: 20 per 15 minutes (one machine trying many accounts);
 * - one account from anywhere: 100 per 24 hours (guessing spread over many addresses). Past it the
 *   account is locked for everyone until its owner chooses a new password by e-mail (the reset link
 *   unlocks it), so another person's failures never lock the owner out for good.
 */
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MINUTES = 15;
export const LOGIN_ADDRESS_MAX_FAILURES = 20;
export const LOGIN_ACCOUNT_MAX_FAILURES = 100;
export const LOGIN_ACCOUNT_WINDOW_HOURS = 24;

/** How long a password-reset link stays valid. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** How long the link confirming a new account's e-mail stays valid. */
export const SIGN_UP_TTL_HOURS = 24;
/** How long a session lasts after log-in (fixed, not extended by use). */
export const SESSION_TTL_DAYS = 30;
