import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/**
 * A secret token in a path or query: 40 or more base64url characters (the app's tokens are 43; a
 * UUID, 36 with its dashes, is an id and stays readable).
 */
const SECRET = /(?<=[/=])[A-Za-z0-9_-]{40,}(?=\.ics\b|[/?&#]|$)/g;

/** The URL with every secret token replaced ("/api/calendar/feed/[secret].ics", "/reset-password/[secret]"). */
export function redactSecrets(url: string): string {
  return url.replace(SECRET, '[secret]');
}

/** What a request line keeps of the request: no header (no cookie, no user agent), the URL without its secrets. */
interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/**
 * pino-http's settings: request lines in production (not the health checks) with the request's id,
 * method, URL, client address, the answer's status and the time taken, and no header at all (no
 * cookie, no Set-Cookie, no user agent: less personal data, and no redaction pass to pay on every
 * line), secret tokens in URLs (calendar feeds, reset, invitation, unsubscribe and sign-up links)
 * redacted.
 */
export function requestLogging(config: AppConfig): Options {
  return {
    level: config.LOG_LEVEL,
    autoLogging: !config.isProduction ? false : { ignore: (req) => /^\/health(\/|\?|$)/.test(req.url ?? '') },
    serializers: {
      req: (req: LoggedRequest): LoggedRequest => ({
        id: req.id,
        method: req.method,
        url: req.url ? redactSecrets(req.url) : req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** The request lines' middleware, writing through the API's logger (AppLogger.pino). */
export function requestLogger(logger: Logger, config: AppConfig): RequestHandler {
  return pinoHttp({ ...requestLogging(config), logger }) as unknown as RequestHandler;
}
