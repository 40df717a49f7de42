import { LIVE_RETRY_ATTEMPTS, LIVE_RETRY_MAX_MS, liveRetryDelayMs } from './live-retry';

describe('live socket retries', () => {
  it('double from 1 s up to 30 s, with under a second of jitter, for about a quarter of an hour', () => {
    const delays = Array.from({ length: LIVE_RETRY_ATTEMPTS }, (_, n) => liveRetryDelayMs(n, () => 0));
    expect(delays.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(Math.max(...delays)).toBe(LIVE_RETRY_MAX_MS);
    expect(liveRetryDelayMs(3, () => 0.999)).toBe(8999);
    const total = delays.reduce((sum, ms) => sum + ms, 0);
    expect(total).toBeGreaterThan(15 * 60_000);
  });
});
