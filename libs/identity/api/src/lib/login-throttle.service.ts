import { Injectable } from '@nestjs/common';
import { AppError, RateLimit, RateLimiter } from '@assoc/platform-api';
import {
  LOGIN_ACCOUNT_MAX_FAILURES,
  LOGIN_ACCOUNT_WINDOW_HOURS,
  LOGIN_ADDRESS_MAX_FAILURES,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MINUTES,
} from '@assoc/identity-domain';

const MINUTE = 60_000;
export const LOGIN_LIMITS: Readonly<Record<'pair' | 'address' | 'account', RateLimit>> = {
  pair: { limit: LOGIN_MAX_FAILURES, windowMs: LOGIN_WINDOW_MINUTES * MINUTE },
  address: { limit: LOGIN_ADDRESS_MAX_FAILURES, windowMs: LOGIN_WINDOW_MINUTES * MINUTE },
  account: { limit: LOGIN_ACCOUNT_MAX_FAILURES, windowMs: LOGIN_ACCOUNT_WINDOW_HOURS * 60 * MINUTE },
};

/**
 * Log-in throttling in the shared rate-limit table (every instance sees the same counts). An
 * attempt is reserved BEFORE the password is hashed, atomically, so parallel attempts cannot pass a
 * limit; a right password gives its reservation back. Counted per account and address, per address,
 * and per account (a higher cap, checked last so that refused attempts do not count against the
 * account: one address cannot push another person's account to its cap faster than 10 per 15
 * minutes). See `LOGIN_*` in identity-domain and ADR 0014.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  private keys(email: string, ip: string) {
    return { pair: `login:${email}|${ip}`, address: `login-ip:${ip}`, account: `login-account:${email}` };
  }

  /** Reserves one attempt; throws TOO_MANY_REQUESTS (nothing hashed) when a limit is reached. */
  async reserve(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    if (!(await this.limiter.take(keys.pair, LOGIN_LIMITS.pair))) throw AppError.tooManyRequests();
    if (!(await this.limiter.take(keys.address, LOGIN_LIMITS.address))) throw AppError.tooManyRequests();
    if (!(await this.limiter.take(keys.account, LOGIN_LIMITS.account))) throw AppError.tooManyRequests('accountLocked');
  }

  /** The password was right: this address's failures on the account are forgotten, the attempt given back. */
  async succeeded(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.limiter.clear(keys.pair);
    await this.limiter.refund(keys.address);
    await this.limiter.refund(keys.account);
  }

  /** The owner proved they hold the mailbox (a reset link): the account's lock is lifted. */
  async unlock(email: string): Promise<void> {
    await this.limiter.clear(`login-account:${email}`);
  }
}
