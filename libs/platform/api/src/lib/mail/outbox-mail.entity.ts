import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MailAttachment } from './mail-content';

/** A mail waiting to be sent, written in the same transaction as the change that causes it. */
@Entity('outbox_mails')
@Index('outbox_mails_pending_idx', ['createdAt'], { where: '"sentAt" IS NULL' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  to!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  html!: string | null;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  attachments!: MailAttachment[];

  /** Header fields sent as they are: the Message-ID (kept across retries) and List-Unsubscribe. */
  @Column('jsonb', { default: () => `'{}'::jsonb` })
  headers!: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('int', { default: 0 })
  attempts!: number;

  /** Claimed by a worker until then (see MailWorker): another one takes it only after, if still unsent. */
  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
