import { Clock } from '../clock/clock';
import { ErrorCode } from '@assoc/platform-domain';
import { AppError } from './app-error';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  const rule = { limit: 3, windowMs: 60_000 };

  it('lets `limit` hits through per key and window, then refuses with TOO_MANY_REQUESTS', () => {
    const limiter = new RateLimiter(new Clock());
    for (let i = 0; i < 3; i++) limiter.consume('signUp:1.2.3.4', rule, 1000 + i);
    let error: unknown;
    try {
      limiter.consume('signUp:1.2.3.4', rule, 2000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.TOO_MANY_REQUESTS);
    // another key, and the next window, are free
    expect(() => limiter.consume('signUp:5.6.7.8', rule, 2000)).not.toThrow();
    expect(() => limiter.consume('signUp:1.2.3.4', rule, 61_000)).not.toThrow();
  });
});
