import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { ErrorCode, Locale, message } from '@assoc/platform-domain';
import { GraphQLError } from 'graphql';
import { requestState } from '../auth/request-context';
import { databaseTrouble } from '../database/database-errors';
import { BODY_LIMIT_KB, bodyRefusal } from '../http/body-parsing';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { AppError } from './app-error';

/** The GraphQL endpoint's path (with a trailing slash or a query string). */
const GRAPHQL_PATH = /^\/graphql(\/|$|\?)/;

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * The body of an error: its code, the reason's key and parameters (for programs: a client may choose its
 * own words), the text in the caller's language (what the web shows, so it keeps no second copy), and
 * each refused field the same way.
 */
export function describeError(error: AppError, locale: Locale) {
  return {
    message: message(locale, error.reason, error.params),
    code: error.code,
    reason: error.reason,
    params: error.params,
    fields: error.fields.map((f) => ({
      field: f.field,
      reason: f.reason,
      params: f.params ?? {},
      message: message(locale, f.reason, f.params),
    })),
  };
}

/** Anything thrown that is not an AppError: HTTP exceptions keep their meaning, the rest is internal. */
function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  // Uploads name their own field and limit (files/file-upload.ts); any other refused body says why.
  const refusal = bodyRefusal(exception);
  if (refusal)
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      refusal.reason,
      [],
      refusal.reason === 'requestTooLarge' ? { max: BODY_LIMIT_KB } : {},
    );
  // The database is down, restarting or too slow: the caller may try again (here or on another instance).
  const trouble = databaseTrouble(exception);
  if (trouble)
    return new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      trouble === 'timeout' ? 'databaseTimeout' : 'serviceUnavailable',
    );
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === HttpStatus.UNAUTHORIZED) return AppError.unauthenticated();
    if (status === HttpStatus.FORBIDDEN) return AppError.forbidden();
    if (status === HttpStatus.NOT_FOUND) return AppError.notFound();
    if (status === HttpStatus.TOO_MANY_REQUESTS) return AppError.tooManyRequests();
    if (status < 500) return new AppError(ErrorCode.BAD_USER_INPUT, 'invalid');
  }
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'internal');
}

/** Turns every failure into a GraphQL error with `extensions.code` (or a JSON body for REST routes). */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const error = toAppError(exception);
    const graphql = host.getType<GqlContextType>() === 'graphql';
    const req = graphql
      ? GqlArgumentsHost.create(host).getContext<{ req: HttpRequest }>().req
      : host.switchToHttp().getRequest<HttpRequest>();
    // The request's id, a number as its request line carries it (Fastify's is a string; no per-request
    // logging context: AppLogger).
    const reqId = req?.id === undefined ? undefined : Number(req.id);
    if (error.code === ErrorCode.INTERNAL_SERVER_ERROR)
      this.logger.error({ reqId, msg: exception instanceof Error ? exception.stack : String(exception) });
    if (error.code === ErrorCode.SERVICE_UNAVAILABLE)
      this.logger.warn({ reqId, msg: `database unavailable: ${String(exception)}` });

    if (graphql) {
      const body = describeError(error, requestState(req).locale);
      return new GraphQLError(body.message, {
        extensions: {
          code: body.code,
          reason: body.reason,
          params: body.params,
          ...(body.fields.length ? { fields: body.fields } : {}),
          // Apollo answers with this status and drops it from the body (see graphqlOptions).
          ...(error.code === ErrorCode.SERVICE_UNAVAILABLE ? { http: { status: HTTP_STATUS[error.code] } } : {}),
        },
      });
    }
    const body = describeError(error, requestState(req).locale);
    const res = host.switchToHttp().getResponse<HttpResponse>();
    // A body refused before any handler (too large, not JSON): its own status, and on /graphql a GraphQL-shaped answer.
    const refusal = bodyRefusal(exception);
    if (refusal && GRAPHQL_PATH.test(req.url)) {
      const { message: text, code, reason, params } = body;
      res.status(refusal.status).send({ errors: [{ message: text, extensions: { code, reason, params } }] });
      return undefined;
    }
    res.status(refusal?.status ?? HTTP_STATUS[error.code]).send(body);
    return undefined;
  }
}
