import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Locale, localeFromHeader, Role } from '@assoc/platform-domain';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { AppError } from '../graphql/app-error';

/** The person behind a request, once their session cookie is checked. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  sessionId: string;
  /** When the session ends by itself (a live socket is closed then). */
  sessionExpiresAt?: Date;
  /** The person's second factor is on (issue 25): read with the session, for the guard. */
  secondFactor?: boolean;
}

/** The caller's checked membership of the association named by the `x-association-id` header. */
export interface CurrentMember {
  membershipId: string;
  associationId: string;
  userId: string;
  role: Role;
  /** The association requires a second factor for operations on money, roles and rules (issue 25). */
  secondFactorRequired?: boolean;
}

export interface RequestState {
  user: AuthUser | null;
  member: CurrentMember | null;
  locale: Locale;
  /** The session and membership read once for the whole request (every field's guard awaits it). */
  access?: Promise<{ user: AuthUser; member: CurrentMember | null } | null>;
}

export const ASSOCIATION_HEADER = 'x-association-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `x-association-id` header when it is a well-formed id, else null. */
export function associationOf(req: HttpRequest): string | null {
  const value = req.headers[ASSOCIATION_HEADER];
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/** The request and response of any handler, GraphQL or HTTP. */
export function httpOf(context: ExecutionContext): { req: HttpRequest; res: HttpResponse } {
  if (context.getType<string>() === 'graphql') {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: HttpRequest; res: HttpResponse }>();
    return { req, res };
  }
  return {
    req: context.switchToHttp().getRequest<HttpRequest>(),
    res: context.switchToHttp().getResponse<HttpResponse>(),
  };
}

/** Per-request state, created lazily on the request object. */
export function requestState(req: HttpRequest): RequestState {
  const holder = req as HttpRequest & { assocState?: RequestState };
  holder.assocState ??= { user: null, member: null, locale: localeFromHeader(req.headers['accept-language']) };
  return holder.assocState;
}

/** The logged-in person; the guard has already refused anonymous callers where this is used. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = requestState(httpOf(context).req).user;
  if (!user) throw AppError.unauthenticated();
  return user;
});

/** The logged-in person, or null on a public operation. */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | null => requestState(httpOf(context).req).user,
);

/** The caller's membership in the current association, checked by the guard. */
export const Member = createParamDecorator((_: unknown, context: ExecutionContext): CurrentMember => {
  const member = requestState(httpOf(context).req).member;
  if (!member) throw AppError.forbidden('noAssociation');
  return member;
});

/**
 * What every GraphQL resolver receives as its context: the HTTP request (over a WebSocket, a
 * request-like object per subscription) and, over HTTP, the response.
 */
export interface GraphqlContext {
  req: HttpRequest;
  res?: HttpResponse;
}

/*
 * Field resolvers on Nest's fast path. A `@ResolveField` method with no parameter decorator is called
 * as graphql-js calls it, `(parent, args, context)`, without Nest's per-call pipeline (an execution
 * context, the global pipe on each decorated parameter, their promises): a list's field pays that
 * pipeline once per row (a feed page's authors, comment counts and names: 60 calls). These read what
 * `@Member()` and `@RequestLocale()` read, from the context.
 */

/** The caller's member, refused like `@Member()` when there is none. */
export function memberOf(context: GraphqlContext): CurrentMember {
  const member = requestState(context.req).member;
  if (!member) throw AppError.forbidden('noAssociation');
  return member;
}

/** The language to answer in, as `@RequestLocale()` gives it. */
export function localeOf(context: GraphqlContext): Locale {
  return requestState(context.req).locale;
}

/** The language to answer in: the person's choice, else the Accept-Language header. */
export const RequestLocale = createParamDecorator(
  (_: unknown, context: ExecutionContext): Locale => requestState(httpOf(context).req).locale,
);

/** Express request and response, for handlers that set cookies. */
export const Http = createParamDecorator((_: unknown, context: ExecutionContext) => httpOf(context));
