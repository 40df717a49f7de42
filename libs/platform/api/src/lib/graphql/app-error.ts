import { ErrorCode, FieldProblem } from '@assoc/platform-domain';

/**
 * A failure a person can understand. Services throw these; the GraphQL error filter turns them into
 * errors with `extensions.code` and messages in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }

  /** Bad input on one or more fields; the error's own message is the first field's, its placeholders filled. */
  static input(fields: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, fields[0]?.reason ?? 'invalid', fields, fields[0]?.params ?? {});
  }

  static field(field: string, reason: string, params?: Record<string, string | number>): AppError {
    return AppError.input([{ field, reason, params }]);
  }

  static conflict(field: string, reason: string): AppError {
    return new AppError(ErrorCode.CONFLICT, reason, [{ field, reason }]);
  }

  static notFound(): AppError {
    return new AppError(ErrorCode.NOT_FOUND, 'notFound');
  }

  static forbidden(reason = 'forbidden'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, reason);
  }

  static unauthenticated(): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, 'unauthenticated');
  }

  static tooManyRequests(reason = 'tooManyAttempts'): AppError {
    return new AppError(ErrorCode.TOO_MANY_REQUESTS, reason);
  }
}
