import { Logger } from '@nestjs/common';
import { Clock } from '../clock/clock';

/**
 * Runs `work` every `everyMs` in this process with the clock's "now", never twice at once: a tick
 * that finds the previous run still going is skipped. `runNow()` waits for a run in progress and
 * then runs once more (the test clock uses it after moving time). `stop()` clears the timer and
 * waits for a run in progress, so a shutdown never cuts a transaction half-way. The work itself
 * must be safe with several instances (claim rows with FOR UPDATE SKIP LOCKED or a unique insert);
 * this only schedules it. Build jobs with `Jobs.define`, which registers them.
 */
export class PeriodicJob {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  /** When `start` was called (clock ms); undefined while the job does not run in this instance. */
  startedMs?: number;
  /** When the last run finished, successfully or not (clock ms). */
  lastFinishedMs?: number;
  /** Runs that failed since the process started. */
  failures = 0;

  constructor(
    readonly name: string,
    private readonly work: (now: Date) => Promise<unknown>,
    private readonly clock: Clock,
  ) {
    this.logger = new Logger(name);
  }

  /** Starts ticking; the timer does not keep the process alive on its own. */
  start(everyMs: number): void {
    this.timer ??= setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
    this.startedMs ??= this.clock.nowMs();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.startedMs = undefined;
    await this.running;
  }

  /** Waits for a run in progress, then runs once at the clock's now (failures are logged, not thrown). */
  async runNow(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    await this.tick();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.work(this.clock.now()).catch((error) => {
      this.failures++;
      this.logger.error(`run failed: ${String(error)}`);
    });
    try {
      await this.running;
    } finally {
      this.running = undefined;
      this.lastFinishedMs = this.clock.nowMs();
    }
  }
}
