import { INestApplication, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { Jobs } from '../jobs/jobs';

/** The `ws` server @nestjs/graphql runs graphql-ws on (not part of its typed surface). */
interface SubscriptionService {
  wss?: { clients: Set<{ close(code: number, reason: string): void }> };
}

/** RFC 6455 "going away": graphql-ws clients reconnect (here, to another instance). */
const GOING_AWAY = { code: 1001, reason: 'Going away' };

/**
 * The instance's way out, on SIGTERM or SIGINT (main.ts) and in tests:
 * 1. readiness fails at once (`/health/ready` answers 503), every answer says `Connection: close`;
 * 2. it keeps serving for SHUTDOWN_DELAY_MS, so a load balancer sees it and stops sending traffic;
 * 3. it stops accepting connections, closes idle keep-alive ones, closes the GraphQL WebSockets
 *    with 1001 "going away" (clients reconnect, elsewhere) and stops the periodic jobs after the run
 *    in hand;
 * 4. it waits for the requests in flight, at most SHUTDOWN_TIMEOUT_MS, then cuts what is left;
 * 5. it closes the application (Apollo, pub/sub, the database pool), then `stopDatabase` (main.ts:
 *    the embedded PostgreSQL).
 * Each step is logged. Running it twice returns the same promise.
 */
@Injectable()
export class GracefulShutdown implements OnApplicationBootstrap {
  private readonly logger = new Logger('Shutdown');
  private sequence?: Promise<void>;
  private inFlight = 0;
  private whenIdle?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: Jobs,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** True from the signal on: readiness fails. */
  get shuttingDown(): boolean {
    return this.sequence !== undefined;
  }

  /** HTTP requests being answered right now. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  private get server(): Server | undefined {
    return this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
  }

  /** Counts requests from the first one on (before Fastify sees them), to know when the drain is done. */
  onApplicationBootstrap(): void {
    this.server?.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      this.inFlight++;
      // Tell keep-alive clients to open their next request elsewhere; Node closes the socket after this answer.
      if (this.shuttingDown && !res.headersSent) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight--;
        if (this.inFlight === 0) this.whenIdle?.();
      });
    });
  }

  run(app: INestApplication, signal: string, stopDatabase?: () => Promise<void>): Promise<void> {
    this.sequence ??= this.shutDown(app, signal, stopDatabase);
    return this.sequence;
  }

  private async shutDown(app: INestApplication, signal: string, stopDatabase?: () => Promise<void>): Promise<void> {
    const started = performance.now();
    const at = () => `+${Math.round(performance.now() - started)} ms`;
    const delay = this.config.shutdownDelayMs;
    this.logger.log(`${signal}: shutting down; not ready from now on, still serving for ${delay} ms`);
    if (delay > 0) await sleep(delay);

    const server = this.server;
    server?.close();
    server?.closeIdleConnections();
    this.logger.log(`${at()} no longer accepting connections; ${this.inFlight} request(s) in flight`);
    const sockets = this.subscriptions()?.wss?.clients ?? new Set();
    const open = sockets.size;
    for (const socket of sockets) socket.close(GOING_AWAY.code, GOING_AWAY.reason);
    this.logger.log(`${at()} ${open} WebSocket(s) closed (${GOING_AWAY.code} going away)`);
    const jobsStopped = this.jobs.stopAll().then(() => this.logger.log(`${at()} periodic jobs stopped`));

    const drained = await this.drain(this.config.SHUTDOWN_TIMEOUT_MS);
    if (drained) this.logger.log(`${at()} every request in flight answered`);
    else {
      this.logger.warn(
        `${at()} ${this.inFlight} request(s) still running after ${this.config.SHUTDOWN_TIMEOUT_MS} ms: closing their connections`,
      );
      server?.closeAllConnections();
    }
    await jobsStopped;

    await app.close();
    this.logger.log(`${at()} application closed (GraphQL, pub/sub, database pool)`);
    if (stopDatabase) {
      await stopDatabase();
      this.logger.log(`${at()} embedded PostgreSQL stopped`);
    }
  }

  /** Resolves true once no request is in flight, false if `timeoutMs` passes first. */
  private async drain(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return true;
    const idle = new Promise<true>((resolve) => (this.whenIdle = () => resolve(true)));
    const timer = new AbortController();
    const late = sleep(timeoutMs, false as const, { signal: timer.signal }).catch(() => false as const);
    const result = await Promise.race([idle, late]);
    timer.abort();
    return result;
  }

  private subscriptions(): SubscriptionService | undefined {
    const graphql = this.moduleRef.get(GraphQLModule, { strict: false });
    return (graphql?.graphQlAdapter as unknown as { _subscriptionService?: SubscriptionService })?._subscriptionService;
  }
}

/** What main.ts runs on SIGTERM and SIGINT (and the tests call): see GracefulShutdown. */
export function shutDownGracefully(
  app: INestApplication,
  signal: string,
  stopDatabase?: () => Promise<void>,
): Promise<void> {
  return app.get(GracefulShutdown).run(app, signal, stopDatabase);
}
