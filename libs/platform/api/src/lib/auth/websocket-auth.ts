import { ModuleRef } from '@nestjs/core';
import { Locale, localeFromHeader } from '@assoc/platform-domain';
import type { HttpRequest } from '../http/http-types';
import type { IncomingMessage } from 'node:http';
import { ClosableSocket, LiveSockets, SocketAccess } from './live-sockets';
import { readAccess } from './read-access';
import { ASSOCIATION_HEADER, RequestState } from './request-context';
import { SESSION_COOKIE } from './session-cookie';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `name=value; other=…` as a map (the upgrade request does not go through @fastify/cookie). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    const raw = part
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      cookies[name] ??= decodeURIComponent(raw);
    } catch {
      cookies[name] ??= raw;
    }
  }
  return cookies;
}

/**
 * A browser always sends Origin on a WebSocket handshake: refuse pages of another site (cross-site
 * WebSocket hijacking), on top of the SameSite cookie. Clients that are not browsers send none.
 */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** What an authenticated WebSocket keeps: the request-like object each subscription's guard reads. */
export interface WebSocketIdentity {
  headers: Record<string, string | string[] | undefined>;
  cookies: Record<string, string>;
  locale: Locale;
  /** Who and what the socket was opened as, checked again before each event (LiveSockets). */
  access: SocketAccess;
}

/**
 * Authenticates a GraphQL WebSocket when it opens: the `sid` cookie of the upgrade request (a
 * browser sends it on a same-origin WebSocket) and the association in `connectionParams.associationId`
 * (or the `x-association-id` header). Not logged in, or not an active member: refused. Each
 * subscription then goes through the AccessGuard like any operation, and `LiveSockets` closes the
 * socket when that session or membership ends or changes.
 */
export class WebSocketAuthenticator {
  constructor(private readonly moduleRef: ModuleRef) {}

  async authenticate(
    request: IncomingMessage,
    connectionParams: Readonly<Record<string, unknown>> | undefined,
  ): Promise<WebSocketIdentity | null> {
    if (!sameOrigin(request)) return null;
    const cookies = parseCookieHeader(request.headers.cookie);
    const token = cookies[SESSION_COOKIE];
    const fromParams = connectionParams?.['associationId'];
    const associationId = typeof fromParams === 'string' ? fromParams : request.headers[ASSOCIATION_HEADER];
    if (!token || typeof associationId !== 'string' || !UUID.test(associationId)) return null;
    const access = await readAccess(this.moduleRef, token, associationId);
    if (!access?.member) return null;
    const { user, member } = access;
    return {
      headers: { ...request.headers, [ASSOCIATION_HEADER]: associationId },
      cookies: { [SESSION_COOKIE]: token },
      locale: user.locale ?? localeFromHeader(request.headers['accept-language']),
      access: {
        token,
        userId: user.id,
        sessionId: user.sessionId,
        sessionExpiresAt: user.sessionExpiresAt ?? null,
        associationId,
        membershipId: member.membershipId,
        role: member.role,
      },
    };
  }

  private get live(): LiveSockets {
    return this.moduleRef.get(LiveSockets, { strict: false });
  }

  /** The socket is open as `identity`: from now on it closes when that access ends. */
  opened(socket: ClosableSocket, identity: WebSocketIdentity): void {
    this.live.register(socket, identity.access);
  }

  /** Before an event is sent on the socket: false (and the socket closed) when its access ended. */
  beforeEvent(socket: ClosableSocket): Promise<boolean> {
    return this.live.stillAllowed(socket);
  }

  closed(socket: ClosableSocket): void {
    this.live.unregister(socket);
  }

  /** A fresh request-like object per subscription, so per-request state and loaders are not shared. */
  static requestFor(identity: WebSocketIdentity): HttpRequest {
    const state: RequestState = { user: null, member: null, locale: identity.locale };
    return {
      headers: { ...identity.headers },
      cookies: { ...identity.cookies },
      assocState: state,
    } as unknown as HttpRequest;
  }
}
