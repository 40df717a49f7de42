import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { AppConfig } from '../config/app-config';
import { AppError } from '../graphql/app-error';
import { OutboxMailEntity } from './outbox-mail.entity';

@ObjectType('MailMessage')
export class MailMessageModel {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) html!: string | null;
  @Field(() => [String], { description: 'File names of the attachments.' }) attachmentNames!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

/** The development mailbox: every mail the app queued, newest first. Only without SMTP and outside production. */
@Resolver(() => MailMessageModel)
export class DevMailboxResolver {
  constructor(
    @InjectRepository(OutboxMailEntity) private readonly mails: Repository<OutboxMailEntity>,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => [MailMessageModel])
  async devMailbox(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<MailMessageModel[]> {
    if (!this.config.devMailboxEnabled) throw AppError.notFound();
    const mails = await this.mails.find({ order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), 200) });
    return mails.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      attachmentNames: m.attachments.map((a) => a.filename),
      createdAt: m.createdAt,
      sentAt: m.sentAt,
    }));
  }
}
