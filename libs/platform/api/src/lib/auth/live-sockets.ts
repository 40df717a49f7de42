import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Role } from '@assoc/platform-domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { Jobs } from '../jobs/jobs';
import { PeriodicJob } from '../jobs/periodic-job';
import { PubSub } from '../pubsub/pub-sub';
import { readAccess } from './read-access';

/**
 * How a live socket is closed. graphql-ws clients never retry 4401 (the session is over: log in
 * again); they retry 4403 (the membership or role changed: the new socket is checked afresh) and
 * 1012 (events may have been missed: reconnect and refetch) and 1013 (the database could not be
 * reached to check the session when the socket opened: try again later).
 */
export const SocketClose = {
  sessionEnded: { code: 4401, reason: 'Unauthorized' },
  accessChanged: { code: 4403, reason: 'Forbidden' },
  resync: { code: 1012, reason: 'Resync' },
  tryAgainLater: { code: 1013, reason: 'Try again later' },
} as const;

/** What a WebSocket was opened as: checked when it opens, again before every event it is sent. */
export interface SocketAccess {
  token: string;
  userId: string;
  sessionId: string;
  sessionExpiresAt: Date | null;
  associationId: string;
  membershipId: string;
  role: Role;
}

/** The part of a `ws` WebSocket this needs. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** Signals every instance hears: sessions that ended, memberships removed or changed. */
type AccessSignal =
  { kind: 'sessions-ended'; sessionIds: string[] } | { kind: 'memberships-changed'; membershipIds: string[] };

const ACCESS_TOPIC = 'platform:access';
const EXPIRY_SWEEP_MS = 60_000;

/**
 * The GraphQL WebSockets open on this instance and what each was opened as. A socket never outlives
 * the access it was opened with:
 * - log-out, a password reset (every session of the person) and the removal or role change of a
 *   membership publish a signal in their transaction (`sessionsEnded`, `membershipsChanged`); every
 *   instance closes the matching sockets when it commits (4401 for a session, 4403 for a membership);
 * - an expired session is closed by a sweep every minute (and when the test clock moves);
 * - before each event is sent, the session and membership are checked again (one indexed read), so
 *   nothing is delivered even if a signal was missed (the LISTEN connection was down);
 * - when the pub/sub connection comes back after a loss, every socket is closed with 1012 so the
 *   client reconnects and refetches what it missed.
 */
@Injectable()
export class LiveSockets implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveSockets');
  private readonly open = new Map<ClosableSocket, SocketAccess>();
  private readonly checking = new Map<ClosableSocket, Promise<boolean>>();
  private readonly stops: (() => void)[] = [];
  private readonly sweep: PeriodicJob;

  constructor(
    private readonly pubSub: PubSub,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
    jobs: Jobs,
  ) {
    this.sweep = jobs.define('LiveSocketExpiry', async () => this.closeExpired());
  }

  onModuleInit(): void {
    this.stops.push(
      this.pubSub.subscribe(ACCESS_TOPIC, (payload) => this.onSignal(payload as AccessSignal)),
      this.pubSub.onResync(() => this.closeAll(SocketClose.resync)),
    );
  }

  onApplicationBootstrap(): void {
    this.sweep.start(EXPIRY_SWEEP_MS);
  }

  async onModuleDestroy(): Promise<void> {
    this.stops.splice(0).forEach((stop) => stop());
    await this.sweep.stop();
  }

  /** How many sockets are open on this instance (for tests). */
  get size(): number {
    return this.open.size;
  }

  register(socket: ClosableSocket, access: SocketAccess): void {
    this.open.set(socket, access);
  }

  unregister(socket: ClosableSocket): void {
    this.open.delete(socket);
    this.checking.delete(socket);
  }

  /** In the caller's transaction: when it commits, sockets of these sessions close on every instance. */
  async sessionsEnded(manager: EntityManager, sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length)
      await this.pubSub.publish(manager, [
        { topic: ACCESS_TOPIC, payload: { kind: 'sessions-ended', sessionIds: [...sessionIds] } },
      ]);
  }

  /** In the caller's transaction: when it commits, sockets opened as these memberships close everywhere. */
  async membershipsChanged(manager: EntityManager, membershipIds: readonly string[]): Promise<void> {
    if (membershipIds.length)
      await this.pubSub.publish(manager, [
        { topic: ACCESS_TOPIC, payload: { kind: 'memberships-changed', membershipIds: [...membershipIds] } },
      ]);
  }

  /**
   * Before an event goes out on this socket: is its session still open and its membership unchanged?
   * If not the socket is closed (and the event, sent on a closed socket, is dropped). Concurrent
   * events on one socket share one check.
   */
  stillAllowed(socket: ClosableSocket): Promise<boolean> {
    const access = this.open.get(socket);
    if (!access) return Promise.resolve(false);
    let check = this.checking.get(socket);
    if (!check) {
      check = this.check(socket, access).finally(() => this.checking.delete(socket));
      this.checking.set(socket, check);
    }
    return check;
  }

  private async check(socket: ClosableSocket, access: SocketAccess): Promise<boolean> {
    try {
      const current = await readAccess(this.moduleRef, access.token, access.associationId);
      if (!current || current.user.sessionId !== access.sessionId) return this.close(socket, SocketClose.sessionEnded);
      const member = current.member;
      if (!member || member.membershipId !== access.membershipId || member.role !== access.role)
        return this.close(socket, SocketClose.accessChanged);
      return true;
    } catch (error) {
      // The database is unreachable: send nothing unchecked; the client reconnects and refetches.
      this.logger.warn(`access check failed: ${String(error)}`);
      return this.close(socket, SocketClose.resync);
    }
  }

  private onSignal(signal: AccessSignal): void {
    if (signal.kind === 'sessions-ended') {
      const ended = new Set(signal.sessionIds);
      this.closeWhere((access) => ended.has(access.sessionId), SocketClose.sessionEnded);
    } else if (signal.kind === 'memberships-changed') {
      const changed = new Set(signal.membershipIds);
      this.closeWhere((access) => changed.has(access.membershipId), SocketClose.accessChanged);
    }
  }

  private closeExpired(): number {
    const now = this.clock.nowMs();
    return this.closeWhere(
      (access) => access.sessionExpiresAt !== null && access.sessionExpiresAt.getTime() <= now,
      SocketClose.sessionEnded,
    );
  }

  private closeAll(how: { code: number; reason: string }): number {
    return this.closeWhere(() => true, how);
  }

  private closeWhere(match: (access: SocketAccess) => boolean, how: { code: number; reason: string }): number {
    let closed = 0;
    for (const [socket, access] of [...this.open]) if (match(access)) closed += this.close(socket, how) ? 0 : 1;
    return closed;
  }

  /** Closes and forgets the socket; always false (nothing may be sent on it). */
  private close(socket: ClosableSocket, how: { code: number; reason: string }): false {
    this.unregister(socket);
    try {
      socket.close(how.code, how.reason);
    } catch (error) {
      this.logger.warn(`closing a socket failed: ${String(error)}`);
    }
    return false;
  }
}
