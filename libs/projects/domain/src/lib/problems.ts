/**
 * One refused field, named by its path in the input ("lines.2.vatRateBp", "weights.0.weight") and a
 * reason key. Generic reasons reuse the platform's message catalogue keys (required, isInt, min,
 * max, isEnum); the projects' own reasons are listed in PROJECTS_MESSAGES (messages.ts).
 */
export interface ProjectProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** Either the value computed or the problems that prevented it (never both). */
export type ProjectResult<T> = { ok: true; value: T } | { ok: false; problems: ProjectProblem[] };

export const ok = <T>(value: T): ProjectResult<T> => ({ ok: true, value });
export const refused = <T>(problems: ProjectProblem[]): ProjectResult<T> => ({ ok: false, problems });
