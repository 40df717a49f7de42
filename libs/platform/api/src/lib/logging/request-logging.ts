import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * A secret token in a path or query: 40 or more base64url characters (the app's tokens are 43; a
 * UUID, 36 with its dashes, is an id and stays readable).
 */
const SECRET = /(?<=[/=])[A-Za-z0-9_-]{40,}(?=\.ics\b|[/?&#]|$)/g;

/** The health checks: probed every few seconds by the orchestrator, never logged. */
const HEALTH = /^\/health(\/|\?|$)/;

/** The URL with every secret token replaced ("/api/calendar/feed/[secret].ics", "/reset-password/[secret]"). */
export function redactSecrets(url: string): string {
  return url.replace(SECRET, '[secret]');
}

/** What a request line reads of a request (Fastify's request). */
interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  originalUrl?: string;
  socket?: { remoteAddress?: string };
}

/** What a request line reads of an answer (Fastify's reply). */
interface LoggedReply {
  statusCode: number;
  elapsedTime: number;
}

/**
 * The request lines: in production, one JSON line per request (not the health checks), written when the
 * answer is done (configureHttp's `onResponse` hook, with the reply) or when the client dropped the
 * connection first (the response's `close`, without one): `req` with the request's id (a counter per
 * instance, as the error filter's `reqId` names it), method, URL with its secret tokens redacted and the
 * client's address; for an answer, `res` with the status, `responseTime` in ms, and "request completed"
 * (or "request errored" at error level from status 500); for a dropped connection, "request aborted".
 * No header at all (no cookie, no Set-Cookie, no user agent): less personal data, and no redaction pass
 * on every line.
 *
 * Written here rather than with pino-http (used before, same fields): pino-http makes a child logger
 * per request with the whole request serialised into it (headers included, then dropped by our
 * serializer), three listeners and two arrays, for lines that need none of it: about a third of the
 * request line's cost, on every request (ADR 0043).
 */
export function requestLines(
  logger: Logger,
  config: Pick<AppConfig, 'isProduction'>,
): (request: LoggedRequest, reply: LoggedReply | null) => void {
  if (!config.isProduction) return () => undefined;
  return (request, reply) => {
    if (HEALTH.test(request.url)) return;
    const req = {
      id: Number(request.id),
      method: request.method,
      url: redactSecrets(request.originalUrl ?? request.url),
      remoteAddress: request.socket?.remoteAddress,
    };
    if (!reply) {
      logger.info({ req }, 'request aborted');
      return;
    }
    const line = { req, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) logger.error(line, 'request errored');
    else logger.info(line, 'request completed');
  };
}

/** Request ids: a counter per instance, as a string (Fastify's `genReqId`), from 1. */
export function requestIds(): () => string {
  let lastId = 0;
  return () => String((lastId = (lastId + 1) & 0x7fffffff));
}
