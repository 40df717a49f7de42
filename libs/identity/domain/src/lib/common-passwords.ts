import ranked from '@zxcvbn-ts/language-common/src/passwords.json';

/** Only this many of the most common passwords are refused (the list is ranked, most common first). */
export const COMMON_PASSWORDS_REFUSED = 10_000;

let refused: ReadonlySet<string> | undefined;

/**
 * The most common passwords, lower-cased: the first 10,000 of the ranked list that zxcvbn-ts ships
 * (leaked-password frequency), read from the package (no network), built on first use.
 */
export function commonPasswords(): ReadonlySet<string> {
  refused ??= new Set((ranked as string[]).slice(0, COMMON_PASSWORDS_REFUSED).map((p) => p.toLowerCase()));
  return refused;
}
