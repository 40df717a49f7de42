import type { FastifyReply, FastifyRequest } from 'fastify';
// @fastify/cookie's declarations: `request.cookies`, `reply.setCookie`, `reply.clearCookie`.
import type {} from '@fastify/cookie';

/** A query string or an HTML form as the handlers read them: flat names (no `a[b]` nesting). */
export type HttpFields = Record<string, string | string[] | undefined>;

/**
 * The HTTP request every handler, guard and GraphQL context sees (ADR 0048: the API runs on Fastify).
 * Domains name it through this type rather than the framework's, so that the adapter stays the
 * platform's business.
 */
export type HttpRequest = FastifyRequest<{ Querystring: HttpFields; Body: HttpFields | undefined }>;

/** The HTTP response (Fastify's reply): `status`, `header`, `type`, `send`, `redirect(url, status)`, cookies. */
export type HttpResponse = FastifyReply;

/** The request's path, without its query string (`/c/spring-sale` for `/c/spring-sale?lang=en`). */
export function pathOf(req: Pick<HttpRequest, 'url'>): string {
  const query = req.url.indexOf('?');
  return query < 0 ? req.url : req.url.slice(0, query);
}
