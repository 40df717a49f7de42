/**
 * One refused field, named by its path in the input ("startsAt", "spendMaxCents") and a reason key.
 * Generic reasons reuse the platform's message catalogue keys (isInt, min, max, isEmail, maxLength);
 * the cashmobs' own reasons are listed in CASHMOBS_MESSAGES (messages.ts).
 */
export interface CashmobProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** Either the value computed or the problems that prevented it (never both). */
export type CashmobResult<T> = { ok: true; value: T } | { ok: false; problems: CashmobProblem[] };

export const ok = <T>(value: T): CashmobResult<T> => ({ ok: true, value });
export const refused = <T>(problems: CashmobProblem[]): CashmobResult<T> => ({ ok: false, problems });
