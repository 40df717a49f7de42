import {
  createParamDecorator,
  ExecutionContext,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { httpOf } from '../auth/request-context';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { Jobs } from '../jobs/jobs';
import { BatchedHits } from './batched-hits';
import { PeriodicJob } from '../jobs/periodic-job';
import { AppError } from './app-error';

/** At most `limit` hits per `windowMs` for one key (fixed window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
  /**
   * Counted in batches (BatchedHits): for the public reads, where a tenth of a second of another
   * instance's traffic past the limit does no harm and a statement per page view costs a shared table
   * write. Exact (the default) for every limit that guards a password hash, a mail or a token.
   */
  batched?: boolean;
}

/**
 * Counts one hit and returns the key's hits in its window, in one statement: a new or expired
 * window starts at 1, a current one adds 1 (capped just past the limit, so refused hits do not pile
 * up). The row lock of ON CONFLICT DO UPDATE serialises concurrent hits on one key, whichever API
 * instance sends them, so no two callers can both see the last free place.
 */
const TAKE = `
  INSERT INTO rate_limits AS r (key, hits, "expiresAt") VALUES ($1, 1, $3)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN r."expiresAt" <= $2 THEN 1 ELSE LEAST(r.hits + 1, $4) END,
    "expiresAt" = CASE WHEN r."expiresAt" <= $2 THEN $3 ELSE r."expiresAt" END
  RETURNING hits`;

/**
 * Adds a batch of hits (BatchedHits) to the shared counters in one statement, in key order (two
 * instances flushing the same keys lock their rows in the same order), and returns each key's count.
 * Marked as background work: it is no request's statement (the tests' StatementCounter leaves it out).
 */
const ADD = `/* background: rate-limit flush */
  INSERT INTO rate_limits AS r (key, hits, "expiresAt")
  SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS t(key, hits, "expiresAt") ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN r."expiresAt" <= $4 THEN EXCLUDED.hits ELSE r.hits + EXCLUDED.hits END,
    "expiresAt" = CASE WHEN r."expiresAt" <= $4 THEN EXCLUDED."expiresAt" ELSE r."expiresAt" END
  RETURNING key, hits, "expiresAt"`;

/**
 * Rate limits and throttles for every instance at once: counters live in PostgreSQL
 * (`rate_limits`), per key (typically bucket + client address, see ClientIp) in fixed windows by the
 * API's clock. With N instances a client still gets the limit, not N times it, and parallel requests
 * cannot overshoot it. Call `await consume(...)` at the top of a public operation, before any
 * costly work (a password hash, a mail, a token check).
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly batched: BatchedHits;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.batched = new BatchedHits(
      (rows, now) =>
        this.dataSource.query(ADD, [
          rows.map((r) => r.key),
          rows.map((r) => r.hits),
          rows.map((r) => r.expiresAt),
          now,
        ]),
      () => this.clock.nowMs(),
    );
  }

  /** Counts one hit; throws TOO_MANY_REQUESTS once the limit of the window is reached. */
  async consume(key: string, rule: RateLimit): Promise<void> {
    if (!(await this.take(key, rule))) throw AppError.tooManyRequests();
  }

  /** Counts one hit; true while within the limit. */
  async take(key: string, rule: RateLimit): Promise<boolean> {
    if (rule.batched) return this.batched.take(key, rule);
    const now = this.clock.nowMs();
    const rows: { hits: number }[] = await this.dataSource.query(TAKE, [
      key,
      new Date(now),
      new Date(now + rule.windowMs),
      rule.limit + 1,
    ]);
    return rows[0].hits <= rule.limit;
  }

  /** Gives back one hit of the current window (an attempt that turned out fine). */
  async refund(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND hits > 0 AND "expiresAt" > $2`,
      [key, this.clock.now()],
    );
  }

  /** Forgets the key's counter. */
  async clear(...keys: string[]): Promise<void> {
    this.batched.forget(keys);
    await this.dataSource.query(`DELETE FROM rate_limits WHERE key = ANY($1)`, [keys]);
  }

  /** Drops the counters whose window is over at `now`; returns how many. */
  async prune(now: Date): Promise<number> {
    const [, deleted] = (await this.dataSource.query(`DELETE FROM rate_limits WHERE "expiresAt" <= $1`, [now])) as [
      unknown,
      number,
    ];
    return deleted;
  }

  /** Forgets every counter (tests). */
  async reset(): Promise<void> {
    this.batched.forget();
    await this.dataSource.query(`DELETE FROM rate_limits`);
  }

  /** Adds the batched hits counted so far to the shared counters (tests; the timer does it otherwise). */
  flushBatched(): Promise<void> {
    return this.batched.flush();
  }

  /** The batched hits not yet shared go to the table before the instance stops (if it can still reach it). */
  async onApplicationShutdown(): Promise<void> {
    await this.batched.flush().catch(() => undefined);
  }
}

/** Every 10 minutes, drops the counters of windows that are over (any instance may; deleting twice is harmless). */
@Injectable()
export class RateLimitPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    limiter: RateLimiter,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('RateLimitPruner', (now) => limiter.prune(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(10 * 60 * 1000);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

/** The client's address as Express sees it (honouring TRUST_PROXY), for rate limits. */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => httpOf(context).req.ip ?? 'unknown',
);
