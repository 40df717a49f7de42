import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { MailContent } from './mail-content';
import { OutboxMailEntity } from './outbox-mail.entity';

/** Queues mails inside the caller's transaction: the mail exists if and only if the change does. */
@Injectable()
export class MailOutbox {
  constructor(private readonly clock: Clock) {}

  async enqueue(manager: EntityManager, mail: MailContent): Promise<void> {
    await manager.insert(OutboxMailEntity, {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? [],
      nextAttemptAt: this.clock.now(),
    });
  }
}
