import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { Jobs, JobStage } from '../jobs/jobs';
import { PeriodicJob } from '../jobs/periodic-job';
import { MailTransport } from './mail-transport';
import { OutboxMailEntity } from './outbox-mail.entity';

const BATCH = 20;
const MAX_ATTEMPTS = 8;

/**
 * Sends queued mails. Each batch is claimed with SELECT ... FOR UPDATE SKIP LOCKED inside a
 * transaction that also marks them sent, so with several API instances on one database a mail is
 * sent by exactly one of them. Failures are retried with a growing delay.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailWorker');
  private readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    jobs: Jobs,
  ) {
    this.job = jobs.define('MailWorker', () => this.sendPending(), JobStage.DELIVER);
  }

  onApplicationBootstrap(): void {
    if (!this.config.MAIL_ENABLED) {
      this.logger.warn(
        'MAIL_ENABLED=false: no mail is sent; mails stay in the outbox (outbox_mails, sentAt empty) until mail is enabled',
      );
      return;
    }
    if (this.config.MAIL_WORKER) this.job.start(this.config.MAIL_POLL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Sends what is due now; returns how many were sent (none while mail is disabled: they stay queued). */
  async sendPending(): Promise<number> {
    if (!this.config.MAIL_ENABLED) return 0;
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(OutboxMailEntity, 'm')
        .where('m.sentAt IS NULL AND m.nextAttemptAt <= :now AND m.attempts < :max', {
          now: this.clock.now(),
          max: MAX_ATTEMPTS,
        })
        .orderBy('m.createdAt', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let sent = 0;
      for (const mail of due) {
        try {
          await this.transport.send({
            from: this.config.MAIL_FROM,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            attachments: mail.attachments,
            headers: mail.headers,
          });
          await manager.update(OutboxMailEntity, mail.id, {
            sentAt: this.clock.now(),
            attempts: mail.attempts + 1,
            lastError: null,
          });
          this.logger.log(`mail sent to ${mail.to}: ${mail.subject}`);
          sent++;
        } catch (error) {
          const delaySeconds = 30 * 2 ** mail.attempts;
          await manager.update(OutboxMailEntity, mail.id, {
            attempts: mail.attempts + 1,
            lastError: String(error),
            nextAttemptAt: new Date(this.clock.nowMs() + delaySeconds * 1000),
          });
        }
      }
      return sent;
    });
  }
}
