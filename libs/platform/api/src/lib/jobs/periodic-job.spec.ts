import { Clock } from '../clock/clock';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the work on every tick with the current time', async () => {
    const seen: Date[] = [];
    const job = new PeriodicJob('test', async (now) => seen.push(now), new Clock());
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
    const job = new PeriodicJob(
      'test',
      async () => {
        runs++;
        await new Promise<void>((resolve) => (release = resolve));
        finished = true;
      },
      new Clock(),
    );
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
    const job = new PeriodicJob(
      'test',
      async () => {
        runs++;
        throw new Error('boom');
      },
      new Clock(),
    );
    jest.spyOn(job['logger'], 'error').mockImplementation(() => undefined);
    job.start(100);
    await jest.advanceTimersByTimeAsync(250);
    await job.stop();
    expect(runs).toBe(2);
  });

  it("runs with the clock's now, and runNow waits for a run in progress before running again", async () => {
    jest.useRealTimers();
    const clock = new Clock(true);
    clock.advance(3_600_000);
    const seen: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = new PeriodicJob(
      'test',
      async (now) => {
        seen.push(now.getTime());
        if (seen.length === 1) await gate;
      },
      clock,
    );
    const first = job.runNow();
    const second = job.runNow();
    expect(seen).toHaveLength(1);
    release();
    await Promise.all([first, second]);
    expect(seen).toHaveLength(2);
    expect(seen[0] - Date.now()).toBeGreaterThan(3_590_000);
  });

  it('records when it started and last finished, and counts failed runs (what the job lag metric reads)', async () => {
    jest.useRealTimers();
    const clock = new Clock(true);
    let fail = false;
    const job = new PeriodicJob(
      'test',
      async () => {
        if (fail) throw new Error('boom');
      },
      clock,
    );
    jest.spyOn(job['logger'], 'error').mockImplementation(() => undefined);
    expect(job.startedMs).toBeUndefined();
    job.start(60_000);
    const started = job.startedMs as number;
    expect(started).toBeGreaterThan(0);
    expect(job.lastFinishedMs).toBeUndefined();
    clock.advance(5_000);
    await job.runNow();
    expect((job.lastFinishedMs as number) - started).toBeGreaterThanOrEqual(5_000);
    fail = true;
    await job.runNow();
    expect(job.failures).toBe(1);
    await job.stop();
    expect(job.startedMs).toBeUndefined();
  });
});
