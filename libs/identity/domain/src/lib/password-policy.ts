export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): 'passwordTooShort' | 'passwordTooLong' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  return null;
}

/** E-mail addresses are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Login throttling: after this many failures in the window, refuse without checking the password. */
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MINUTES = 15;

/** How long a password-reset link stays valid. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** How long a session lasts after log-in (fixed, not extended by use). */
export const SESSION_TTL_DAYS = 30;
