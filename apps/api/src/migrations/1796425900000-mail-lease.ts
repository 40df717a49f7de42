import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail worker claims one mail at a time with a lease instead of holding a batch's row locks while sending. */
export class MailLease1796700900000 implements MigrationInterface {
  name = 'MailLease1796700900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "lockedUntil" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "lockedUntil"`);
  }
}
