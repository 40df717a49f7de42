import { AppError } from '@assoc/platform-api';
import { PromotionProblem } from '@assoc/promotions-domain';

/** The domain's problems as a BAD_USER_INPUT error, each path prefixed by the input it came from. */
export function problemsError(problems: readonly PromotionProblem[], prefix = ''): AppError {
  return AppError.input(
    problems.map((p) => ({ field: [prefix, p.path].filter(Boolean).join('.'), reason: p.reason, params: p.params })),
  );
}

/** Throws when the domain found problems. */
export function assertNoProblems(problems: readonly PromotionProblem[], prefix = ''): void {
  if (problems.length) throw problemsError(problems, prefix);
}
