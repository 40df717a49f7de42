import { CommunityProblem } from '@assoc/community-domain';
import { AppError } from '@assoc/platform-api';

/** The domain's problems as one BAD_USER_INPUT error naming every field. */
export function problemsError(problems: readonly CommunityProblem[]): AppError {
  return AppError.input(problems.map((p) => ({ field: p.path, reason: p.reason, params: p.params })));
}

export function assertNoProblems(problems: readonly CommunityProblem[]): void {
  if (problems.length) throw problemsError(problems);
}
