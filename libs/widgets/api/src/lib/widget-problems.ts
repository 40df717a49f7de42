import { AppError } from '@assoc/platform-api';
import { WidgetProblem } from '@assoc/widgets-domain';

/** Throws the domain's problems as one BAD_USER_INPUT error naming each field. */
export function assertNoProblems(problems: readonly WidgetProblem[]): void {
  if (problems.length)
    throw AppError.input(problems.map((p) => ({ field: p.path, reason: p.reason, params: p.params })));
}
