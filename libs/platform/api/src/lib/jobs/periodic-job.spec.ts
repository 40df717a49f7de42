import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the work on every tick with the current time', async () => {
    const seen: Date[] = [];
    const job = new PeriodicJob('test', async (now) => seen.push(now));
    job.start(100);
    await jest.advanceTimersByTimeAsync(350);
    await job.stop();
    expect(seen).toHaveLength(3);
    expect(seen.every((d) => d instanceof Date)).toBe(true);
  });

  it('skips a tick while the previous run is still going, and stop waits for it', async () => {
    let release!: () => void;
    let runs = 0;
    let finished = false;
    const job = new PeriodicJob('test', async () => {
      runs++;
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    job.start(100);
    await jest.advanceTimersByTimeAsync(450);
    expect(runs).toBe(1);
    const stopping = job.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
  });

  it('keeps ticking after a failed run', async () => {
    let runs = 0;
    const job = new PeriodicJob('test', async () => {
      runs++;
      throw new Error('boom');
    });
    jest.spyOn(job['logger'], 'error').mockImplementation(() => undefined);
    job.start(100);
    await jest.advanceTimersByTimeAsync(250);
    await job.stop();
    expect(runs).toBe(2);
  });
});
