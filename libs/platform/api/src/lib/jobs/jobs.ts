import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { PeriodicJob } from './periodic-job';

/** When a job runs among the others in `runAllNow`: jobs that queue mails before the one that sends them. */
export enum JobStage {
  WORK = 0,
  DELIVER = 1,
}

/**
 * Every periodic job of this process, built with the one clock. Each domain defines its own jobs
 * here and starts them itself; the test clock runs them all at once after moving time
 * (`runAllNow`), so that what became due is done before the next request.
 */
@Injectable()
export class Jobs {
  private readonly all: { job: PeriodicJob; stage: JobStage }[] = [];

  constructor(private readonly clock: Clock) {}

  define(name: string, work: (now: Date) => Promise<unknown>, stage = JobStage.WORK): PeriodicJob {
    const job = new PeriodicJob(name, work, this.clock);
    this.all.push({ job, stage });
    return job;
  }

  /** Every job defined in this process (the metrics read their lag). */
  list(): readonly PeriodicJob[] {
    return this.all.map(({ job }) => job);
  }

  /** Runs every job once, one after the other, by stage (work first, then delivery); returns their names. */
  async runAllNow(): Promise<string[]> {
    const ordered = [...this.all].sort((a, b) => a.stage - b.stage);
    for (const { job } of ordered) await job.runNow();
    return ordered.map(({ job }) => job.name);
  }

  /** Stops every job (shutdown): no new run starts, and the runs in progress finish first. */
  async stopAll(): Promise<void> {
    await Promise.all(this.all.map(({ job }) => job.stop()));
  }
}
