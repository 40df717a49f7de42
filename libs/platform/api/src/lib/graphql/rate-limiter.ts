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
import { PeriodicJob } from '../jobs/periodic-job';
import { AppError } from './app-error';

/** At most `limit` hits per `windowMs` for one key (fixed window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
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
 * Rate limits and throttles for every instance at once: counters live in PostgreSQL
 * (`rate_limits`), per key (typically bucket + client address, see ClientIp) in fixed windows by the
 * API's clock. With N instances a client still gets the limit, not N times it, and parallel requests
 * cannot overshoot it. Call `await consume(...)` at the top of a public operation, before any
 * costly work (a password hash, a mail, a token check).
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit; throws TOO_MANY_REQUESTS once the limit of the window is reached. */
  async consume(key: string, rule: RateLimit): Promise<void> {
    if (!(await this.take(key, rule))) throw AppError.tooManyRequests();
  }

  /** Counts one hit; true while within the limit. */
  async take(key: string, rule: RateLimit): Promise<boolean> {
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
    await this.dataSource.query(`DELETE FROM rate_limits`);
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
