import { MigrationInterface, QueryRunner } from 'typeorm';

/** Small files sent with a mail (a cashmob's .ics invitation), kept as text in the outbox. */
export class MailAttachments1796500000000 implements MigrationInterface {
  name = 'MailAttachments1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "attachments" jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "attachments"`);
  }
}
