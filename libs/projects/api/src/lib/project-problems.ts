import { AppError } from '@assoc/platform-api';
import { ProjectProblem } from '@assoc/projects-domain';

/**
 * The domain's problems as a BAD_USER_INPUT error, each path prefixed by the input field it
 * came from ("2.unitPriceCents" under "budgetLines" is "budgetLines.2.unitPriceCents").
 */
export function problemsError(problems: readonly ProjectProblem[], prefix = ''): AppError {
  return AppError.input(
    problems.map((p) => ({ field: [prefix, p.path].filter(Boolean).join('.'), reason: p.reason, params: p.params })),
  );
}

/** Throws when the domain found problems. */
export function assertNoProblems(problems: readonly ProjectProblem[], prefix = ''): void {
  if (problems.length) throw problemsError(problems, prefix);
}
