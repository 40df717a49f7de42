import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { Jobs } from '../jobs/jobs';
import { PubSub } from '../pubsub/pub-sub';

/** Latency buckets (seconds) for HTTP and GraphQL: 5 ms to 10 s. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Operation names come from the client: past this many distinct names, further ones are counted as
 * `(other)`, so that nobody can grow the metrics without bound by inventing names.
 */
export const MAX_OPERATION_NAMES = 200;

/** The parts of pg's Pool the pool gauges read (TypeORM's postgres driver keeps it as `master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of this API instance, in its own registry (so that several instances in one
 * test process do not collide): HTTP requests by REST route, GraphQL operations by name, the
 * database pool, the periodic jobs' lag, the mail outbox backlog and Node's default process metrics.
 * Gauges that read the database or the pool are collected when Prometheus scrapes, not kept up to date.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({
    name: 'assoc_http_requests_total',
    help: 'HTTP requests by method, route pattern and status code (GraphQL is /graphql; see assoc_graphql_*)',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'assoc_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlRequests = new Counter({
    name: 'assoc_graphql_operations_total',
    help: 'GraphQL operations over HTTP by operation name, type and result (ok, or error when the answer has errors)',
    labelNames: ['operation', 'type', 'result'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'assoc_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource, jobs: Jobs, clock: Clock, pubSub: PubSub) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'assoc_pubsub_listeners',
      help: 'Live listeners on this instance (one per open GraphQL subscription)',
      registers: [this.registry],
      collect() {
        this.set(pubSub.listenerCount);
      },
    });
    const pool = () => (dataSource.driver as unknown as { master?: PgPoolCounts }).master;
    const poolGauge = (name: string, help: string, read: (p: PgPoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    poolGauge('assoc_db_pool_connections', 'Connections open in the database pool', (p) => p.totalCount);
    poolGauge('assoc_db_pool_idle_connections', 'Idle connections in the database pool', (p) => p.idleCount);
    poolGauge('assoc_db_pool_waiting_requests', 'Queries waiting for a free pool connection', (p) => p.waitingCount);

    new Gauge({
      name: 'assoc_job_lag_seconds',
      help: 'Per periodic job running in this instance: seconds since its last run finished (since it started, before the first run); stays under the interval when healthy',
      labelNames: ['job'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        const now = clock.nowMs();
        for (const job of jobs.list()) {
          const since = job.lastFinishedMs ?? job.startedMs;
          if (since !== undefined) this.set({ job: job.name }, Math.max(0, (now - since) / 1000));
        }
      },
    });
    new Gauge({
      name: 'assoc_job_failures_total',
      help: 'Per periodic job: runs that failed since this instance started',
      labelNames: ['job'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const job of jobs.list()) this.set({ job: job.name }, job.failures);
      },
    });

    const outbox = async () => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS unsent, min("createdAt") AS oldest FROM outbox_mails WHERE "sentAt" IS NULL`,
      );
      return row as { unsent: number; oldest: Date | null };
    };
    new Gauge({
      name: 'assoc_outbox_unsent_mails',
      help: 'Mails in the outbox not sent yet (all instances: read from the database when scraped)',
      registers: [this.registry],
      async collect() {
        this.set((await outbox()).unsent);
      },
    });
    new Gauge({
      name: 'assoc_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest unsent mail in the outbox, 0 when none',
      registers: [this.registry],
      async collect() {
        const { oldest } = await outbox();
        this.set(oldest ? Math.max(0, (clock.nowMs() - new Date(oldest).getTime()) / 1000) : 0);
      },
    });
  }

  /** Counts one GraphQL operation over HTTP. */
  observeOperation(name: string | null | undefined, type: string, failed: boolean, seconds: number): void {
    const operation = this.operationLabel(name);
    this.graphqlRequests.inc({ operation, type, result: failed ? 'error' : 'ok' });
    this.graphqlDuration.observe({ operation, type }, seconds);
  }

  /** Counts one answered HTTP request (the `onResponse` hook of configureHttp), labelled by routeLabel. */
  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }
}

/**
 * The matched route's pattern (`/api/cashmobs/:slug/cashmob.ics`, Fastify's `routeOptions.url`), never
 * the raw path: a trailing wildcard is dropped (`/graphql/*` is `/graphql`), and the catch-all (`/*`:
 * the web app's files and pages) is `(static)`, or `(unmatched)` when it answered 404; no route at all
 * (Fastify's not-found handler) is `(unmatched)`.
 */
export function routeLabel(pattern: string | undefined, status: number): string {
  const route = pattern ? pattern.replace(/\/?\*.*$/, '') : '';
  if (route) return route;
  return status === 404 || !pattern ? '(unmatched)' : '(static)';
}
