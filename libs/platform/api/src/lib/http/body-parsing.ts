import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode, message } from '@assoc/platform-domain';
import type { NextFunction, Request, Response } from 'express';
import { requestState } from '../auth/request-context';

/** The largest JSON or form body accepted (GraphQL operations and their variables); files go as multipart. */
export const BODY_LIMIT_KB = 100;

/** What body-parser reports (an http-errors error): `type` says which failure it was. */
interface BodyParserError {
  status?: number;
  type?: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  !!error && typeof error === 'object' && typeof (error as BodyParserError).type === 'string';

/** The status and the catalogue reason of a refused body: too large (413), not JSON (400), anything else it reports. */
export function bodyRefusal(error: BodyParserError): { status: number; reason: string } {
  if (error.type === 'entity.too.large') return { status: 413, reason: 'requestTooLarge' };
  if (error.type === 'entity.parse.failed') return { status: 400, reason: 'malformedJson' };
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
  return { status, reason: 'invalid' };
}

/**
 * Refuses a body the parsers could not read with an honest status and a clear message in the caller's
 * language, before any route: it used to fall through to Nest's not-found handler (HTTP 404 NOT_FOUND
 * for a 150 kB body or `{bad json` on /graphql). GraphQL callers get a GraphQL-shaped body.
 */
function refuseUnreadableBody(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!isBodyParserError(error) || res.headersSent) return next(error);
  const { status, reason } = bodyRefusal(error);
  const params: Record<string, number> = reason === 'requestTooLarge' ? { max: BODY_LIMIT_KB } : {};
  const text = message(requestState(req).locale, reason, params);
  const code = ErrorCode.BAD_USER_INPUT;
  res
    .status(status)
    .json(
      /^\/graphql(\/|$|\?)/.test(req.url)
        ? { errors: [{ message: text, extensions: { code, reason, params } }] }
        : { message: text, code, reason, params, fields: [] },
    );
}

/**
 * JSON and form bodies up to BODY_LIMIT_KB, read by the same parsers Nest would add (it skips its
 * own when these are there), followed at once by the handler of their failures.
 */
export function parseBodies(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: `${BODY_LIMIT_KB}kb` });
  app.useBodyParser('urlencoded', { extended: true, limit: `${BODY_LIMIT_KB}kb` });
  app.use(refuseUnreadableBody);
}
