import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { CampaignStatus, statusAt, VOUCHER_EMAIL_RETENTION_DAYS } from '@assoc/promotions-domain';
import { DataSource } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

const POLL_MS = 60 * 1000;
const BATCH = 50;

/** One status change written by the job. */
export interface CampaignTransition {
  campaignId: string;
  from: CampaignStatus;
  to: CampaignStatus;
}

/**
 * The clock's transitions (ENROLLING → PUBLISHED → RUNNING → FINISHED), written to `campaigns.status`.
 * Every instance runs it; campaigns whose stored status is behind the clock are claimed with
 * `FOR UPDATE SKIP LOCKED` and updated in the same transaction, so each change is made once
 * however many instances race. Decisions never wait for it: services compute `statusAt(now)`.
 * The same job erases vouchers' e-mail addresses VOUCHER_EMAIL_RETENTION_DAYS after the end.
 */
@Injectable()
export class CampaignTransitionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('CampaignTransitions', async (now) => {
      await this.run(now);
      await this.purgeEmails(now);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests call run(now) themselves
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Every change due at `now`; returns the ones this call made. */
  async run(now: Date): Promise<CampaignTransition[]> {
    const made: CampaignTransition[] = [];
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        // The SQL mirrors statusAt for the candidates; the domain has the last word below.
        const due: CampaignEntity[] = await manager
          .createQueryBuilder(CampaignEntity, 'c')
          .where(`c."publishedAt" IS NOT NULL AND c."cancelledAt" IS NULL`)
          .andWhere(
            `(c.status = 'DRAFT' OR (c.status = 'ENROLLING' AND c."enrolmentDeadline" <= :now) OR (c.status = 'PUBLISHED' AND c."startsAt" <= :now) OR (c.status = 'RUNNING' AND c."endsAt" <= :now))`,
            { now },
          )
          .orderBy('c.id')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        const changes: CampaignTransition[] = [];
        for (const campaign of due) {
          const to = statusAt(campaign, now);
          if (to === campaign.status) continue;
          await manager.update(CampaignEntity, { id: campaign.id }, { status: to });
          changes.push({ campaignId: campaign.id, from: campaign.status, to });
        }
        return { changes, claimed: due.length };
      });
      made.push(...batch.changes);
      if (batch.claimed < BATCH) return made;
    }
  }

  /** Erases the e-mail of every voucher whose campaign ended or was cancelled long enough ago; returns how many. */
  async purgeEmails(now: Date): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE campaign_vouchers SET email = NULL WHERE email IS NOT NULL AND "campaignId" IN (
         SELECT id FROM campaigns WHERE least("endsAt", coalesce("cancelledAt", "endsAt")) + interval '${VOUCHER_EMAIL_RETENTION_DAYS} days' <= $1)`,
      [now],
    )) as [unknown, number];
    return count;
  }
}
