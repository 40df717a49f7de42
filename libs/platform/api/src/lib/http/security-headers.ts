import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/** What the headers depend on: whether the app is served over HTTPS (HSTS, upgrading requests). */
export interface SecurityHeadersOptions {
  publicUrl: string;
}

/**
 * The app's Content-Security-Policy: its own scripts only (no inline script, no `on…=` attribute,
 * no eval), its own styles plus the ones Angular and Material put in `<style>` elements and `style`
 * attributes at run time, images from itself and any HTTPS host (shop logos, product photos and
 * their links), requests to itself only (GraphQL over HTTP and WebSocket), no plugin, and no page
 * may frame it (clickjacking). The widget preview's `srcdoc` frame inherits this policy.
 */
export function appContentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Only over HTTPS: on plain HTTP it would send the page's own requests to an https:// that is not there.
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Paths any site may embed or load: the widget's iframe page (it sets its own CSP, without
 * frame-ancestors), its script and public data, and uploaded images (shop logos and product photos
 * drawn by the widget on partner blogs).
 */
const EMBEDDABLE = /^\/(embed|uploads|widget\.js|api\/public)(\/|$|\?)/;

/**
 * Security headers on every answer (helmet): the CSP above with frame-ancestors 'none' and
 * X-Frame-Options DENY, except on embeddable paths; `X-Content-Type-Options: nosniff`;
 * `Referrer-Policy: no-referrer` (links carry tokens: reset, invitation, sign-up management);
 * `Cross-Origin-Opener-Policy: same-origin`; HSTS for a year only when PUBLIC_URL is https; no
 * `X-Powered-By` (helmet removes it; Fastify sends none). No exception for
 * /graphql: Apollo's landing page (the sandbox) is off in every environment (`playground: false`).
 */
export function securityHeaders({
  publicUrl,
}: SecurityHeadersOptions): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  const https = new URL(publicUrl).protocol === 'https:';
  const common = {
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
  };
  const page = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: appContentSecurityPolicy(https) },
  });
  const embeddable = helmet({
    ...common,
    contentSecurityPolicy: false,
    xFrameOptions: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  return (req, res, next) => {
    if (EMBEDDABLE.test(req.url ?? '')) return embeddable(req, res, next);
    return page(req, res, next);
  };
}
