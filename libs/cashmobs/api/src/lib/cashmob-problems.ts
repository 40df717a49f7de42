import { CashmobProblem } from '@assoc/cashmobs-domain';
import { AppError } from '@assoc/platform-api';

/** The domain's problems as a BAD_USER_INPUT error, each path prefixed by the input it came from. */
export function problemsError(problems: readonly CashmobProblem[], prefix = ''): AppError {
  return AppError.input(
    problems.map((p) => ({ field: [prefix, p.path].filter(Boolean).join('.'), reason: p.reason, params: p.params })),
  );
}

/** Throws when the domain found problems. */
export function assertNoProblems(problems: readonly CashmobProblem[], prefix = ''): void {
  if (problems.length) throw problemsError(problems, prefix);
}
