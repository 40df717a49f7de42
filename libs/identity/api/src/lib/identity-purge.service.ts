import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { IDENTITY_PURGE_GRACE_DAYS } from '@assoc/identity-domain';
import { DataSource } from 'typeorm';

const POLL_MS = 60 * 60 * 1000;

/** How many rows of each kind one run deleted. */
export interface IdentityPurgeCounts {
  sessions: number;
  pendingSignUps: number;
  resetLinks: number;
  emailChanges: number;
  secondFactorSteps: number;
}

/**
 * Deletes what identity keeps only for a while (issue 25 part 6, IDENTITY_RETENTION): sessions once expired
 * (SESSION_TTL_DAYS after the sign-in), sign-ups whose confirmation link expired (SIGN_UP_TTL_HOURS), reset links
 * and second-factor steps once expired, and e-mail changes once nothing can come of them any more: the undo link
 * expired (EMAIL_CHANGE_UNDO_DAYS after the change), or never confirmed and its link expired, or cancelled.
 * Every expiry is written on the row when it is made, from those constants; the job deletes a row
 * IDENTITY_PURGE_GRACE_DAYS after it (an expired link says so for a day).
 */
@Injectable()
export class IdentityPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('IdentityPurge', (now) => this.run(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests move the clock and run the jobs
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  async run(now: Date): Promise<IdentityPurgeCounts> {
    const deleted = async (sql: string): Promise<number> => {
      const before = new Date(now.getTime() - IDENTITY_PURGE_GRACE_DAYS * 24 * 3600 * 1000);
      const [, count] = (await this.dataSource.query(sql, [before])) as [unknown, number];
      return count;
    };
    return {
      sessions: await deleted(`DELETE FROM sessions WHERE "expiresAt" <= $1`),
      pendingSignUps: await deleted(`DELETE FROM pending_sign_ups WHERE "expiresAt" <= $1`),
      resetLinks: await deleted(`DELETE FROM password_reset_tokens WHERE "expiresAt" <= $1`),
      emailChanges: await deleted(
        `DELETE FROM email_changes
          WHERE "undoExpiresAt" <= $1
             OR ("confirmedAt" IS NULL AND ("confirmExpiresAt" <= $1 OR "cancelledAt" IS NOT NULL))`,
      ),
      secondFactorSteps: await deleted(`DELETE FROM second_factor_steps WHERE "expiresAt" <= $1`),
    };
  }
}
