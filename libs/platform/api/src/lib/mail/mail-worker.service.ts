import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
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
 * How long a claimed mail is left to the instance that claimed it. Longer than a send can take
 * (nodemailer's SMTP timeouts: 2 min to connect, 30 s for the greeting, 10 min of a silent socket),
 * so a slow send is never taken over; after a crash the mail in hand waits this long.
 */
export const MAIL_LEASE_MS = 15 * 60_000;

/**
 * Sends queued mails, one at a time, so a crash can duplicate at most the mail in hand:
 * 1. claim the oldest due mail in a short transaction of its own (FOR UPDATE SKIP LOCKED, then a
 *    lease `lockedUntil` and the attempt counted), so with several API instances each mail goes to
 *    one of them and nothing is locked while talking to the SMTP server;
 * 2. send it;
 * 3. mark it sent (or schedule the retry, with a growing delay) in another short transaction.
 * A mail whose instance died between 1 and 3 is taken again once its lease is over. On shutdown
 * the worker finishes the mail in hand and stops before the database closes.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private readonly job: PeriodicJob;
  private stopping = false;

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

  /** Before any connection closes: no new claim, and wait for the mail in hand. */
  onModuleDestroy(): Promise<void> {
    this.stopping = true;
    return this.job.stop();
  }

  /** Sends what is due now; returns how many were sent (none while mail is disabled: they stay queued). */
  async sendPending(): Promise<number> {
    if (!this.config.MAIL_ENABLED) return 0;
    let sent = 0;
    for (let i = 0; i < BATCH && !this.stopping; i++) {
      const mail = await this.claimNext();
      if (!mail) break;
      if (await this.deliver(mail)) sent++;
    }
    return sent;
  }

  /** Claims the oldest due mail that no live instance holds: one short transaction. */
  private async claimNext(): Promise<OutboxMailEntity | null> {
    const now = this.clock.now();
    const result: unknown = await this.dataSource.query(
      `UPDATE outbox_mails SET "lockedUntil" = $2, attempts = attempts + 1
        WHERE id = (SELECT id FROM outbox_mails
                     WHERE "sentAt" IS NULL AND "nextAttemptAt" <= $1 AND attempts < $3
                       AND ("lockedUntil" IS NULL OR "lockedUntil" <= $1)
                     ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [now, new Date(now.getTime() + MAIL_LEASE_MS), MAX_ATTEMPTS],
    );
    // TypeORM answers an UPDATE with [rows, count]; the columns are named as the entity's properties.
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as OutboxMailEntity[];
    return rows[0] ?? null;
  }

  /** Sends one claimed mail and records the outcome in its own transaction; true when sent. */
  private async deliver(mail: OutboxMailEntity): Promise<boolean> {
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
    } catch (error) {
      const delaySeconds = 30 * 2 ** (mail.attempts - 1);
      await this.dataSource.getRepository(OutboxMailEntity).update(mail.id, {
        lockedUntil: null,
        lastError: String(error),
        nextAttemptAt: new Date(this.clock.nowMs() + delaySeconds * 1000),
      });
      return false;
    }
    // Accepted by the SMTP server: recorded at once, so a crash from here duplicates this mail only.
    await this.dataSource
      .getRepository(OutboxMailEntity)
      .update(mail.id, { sentAt: this.clock.now(), lockedUntil: null, lastError: null });
    this.logger.log(`mail sent to ${mail.to}: ${mail.subject}`);
    return true;
  }
}
