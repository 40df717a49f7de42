import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { MailContent } from './mail-content';
import { mailSenderWarning, senderDomain } from './mail-sender';
import { OutboxMailEntity } from './outbox-mail.entity';

/** Queues mails inside the caller's transaction: the mail exists if and only if the change does. */
@Injectable()
export class MailOutbox implements OnApplicationBootstrap {
  private readonly logger = new Logger('MailOutbox');

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const warning = this.config.isProduction ? mailSenderWarning(this.config.MAIL_FROM) : null;
    if (warning) this.logger.warn(warning);
  }

  async enqueue(manager: EntityManager, mail: MailContent): Promise<void> {
    await manager.insert(OutboxMailEntity, {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? [],
      // Chosen once, so a retry after a lost answer from the SMTP server is recognisably the same mail.
      headers: {
        'Message-ID': `<${randomUUID()}@${senderDomain(this.config.MAIL_FROM) || 'localhost'}>`,
        ...mail.headers,
      },
      nextAttemptAt: this.clock.now(),
    });
  }

  /**
   * Drops the mails still waiting to go to this address, in the caller's transaction (closing an account,
   * issue 25: nothing queued reaches a person who left); a mail a worker is sending at this moment still goes.
   * Answers how many were dropped.
   */
  async dropUnsent(manager: EntityManager, to: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(OutboxMailEntity)
      .where('lower("to") = lower(:to) AND "sentAt" IS NULL', { to: to.trim() })
      .execute();
    return result.affected ?? 0;
  }
}
