import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { httpOf } from '../auth/request-context';
import { Clock } from '../clock/clock';
import { AppError } from './app-error';

/** At most `limit` hits per `windowMs` for one key (fixed window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

const PRUNE_ABOVE = 10_000;

/**
 * A small in-memory rate limiter for public operations, counted per key (typically bucket + client
 * IP, see ClientIp) in fixed windows. Per API instance: with N instances a client gets at most N
 * times the limit, which is enough to stop a script hammering a public form. Any module lists it in
 * its providers and calls `consume` at the top of a public resolver. The log-in throttle, which
 * must hold across instances, stays in the database (identity's LoginThrottle).
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /** Counts one hit; throws TOO_MANY_REQUESTS (and counts nothing more) once the limit is reached. */
  consume(key: string, rule: RateLimit, now = this.clock.nowMs()): void {
    if (this.windows.size > PRUNE_ABOVE) this.prune(now, rule.windowMs);
    const window = this.windows.get(key);
    if (!window || now - window.start >= rule.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return;
    }
    if (window.count >= rule.limit) throw AppError.tooManyRequests();
    window.count++;
  }

  /** Forgets every counter (tests). */
  reset(): void {
    this.windows.clear();
  }

  private prune(now: number, windowMs: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= windowMs) this.windows.delete(key);
  }
}

/** The client's address as Express sees it (honouring TRUST_PROXY), for rate limits. */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => httpOf(context).req.ip ?? 'unknown',
);
