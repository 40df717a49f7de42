import type { Options } from 'pino-http';
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

/**
 * pino-http's settings: request lines in production (not the health checks), cookies and the
 * session's Set-Cookie removed, and secret tokens in URLs (calendar feeds, reset, invitation,
 * unsubscribe and sign-up links) redacted from every request line.
 */
export function requestLogging(config: AppConfig): Options {
  return {
    level: config.LOG_LEVEL,
    autoLogging: !config.isProduction ? false : { ignore: (req) => /^\/health(\/|\?|$)/.test(req.url ?? '') },
    redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { url?: string }) => (req.url ? { ...req, url: redactSecrets(req.url) } : req),
    },
  };
}
