import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** A request as this middleware sees it: Node's, with the id it gives (the error filter's `reqId`). */
type IdentifiedRequest = IncomingMessage & { id?: number; originalUrl?: string };

/**
 * The request lines: in production, one JSON line per answered request (not the health checks), written
 * when the answer is done (or the connection dropped): `req` with the request's id, method, URL with its
 * secret tokens redacted and the client's address, `res` with the status, `responseTime` in ms, and
 * "request completed" (or "request errored" at error level from status 500). No header at all (no
 * cookie, no Set-Cookie, no user agent): less personal data, and no redaction pass on every line.
 * Every request gets `req.id` (a counter per instance) in every environment, for the lines that name it.
 *
 * Written here rather than with pino-http (used before, same fields): pino-http makes a child logger
 * per request with the whole request serialised into it (headers included, then dropped by our
 * serializer), three listeners and two arrays, for lines that need none of it: about a third of the
 * request line's cost, on every request (ADR 0043).
 */
export function requestLogger(
  logger: Logger,
  config: Pick<AppConfig, 'isProduction'>,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  let lastId = 0;
  return (request, res, next) => {
    const req = request as IdentifiedRequest;
    req.id ??= lastId = (lastId + 1) & 0x7fffffff;
    if (config.isProduction && !HEALTH.test(req.url ?? '')) {
      const started = Date.now();
      // 'close' comes once, after the answer's last byte or when the connection dropped before it.
      res.once('close', () => {
        const line = {
          req: {
            id: req.id,
            method: req.method,
            url: redactSecrets(req.originalUrl ?? req.url ?? ''),
            remoteAddress: req.socket?.remoteAddress,
          },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
        };
        if (res.statusCode >= 500) logger.error(line, 'request errored');
        else logger.info(line, 'request completed');
      });
    }
    next();
  };
}
