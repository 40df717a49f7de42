import { Logger } from '@nestjs/common';

/**
 * Runs `work` every `everyMs` in this process, never twice at once: a tick that finds the previous
 * run still going is skipped. `stop()` clears the timer and waits for a run in progress, so a
 * shutdown never cuts a transaction half-way. The work itself must be safe with several instances
 * (claim rows with FOR UPDATE SKIP LOCKED or a unique insert); this only schedules it.
 */
export class PeriodicJob {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    name: string,
    private readonly work: (now: Date) => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  /** Starts ticking; the timer does not keep the process alive on its own. */
  start(everyMs: number): void {
    this.timer ??= setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.work(new Date()).catch((error) => this.logger.error(`run failed: ${String(error)}`));
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }
}
