import { MigrationInterface, QueryRunner } from 'typeorm';

/** Header fields kept with each queued mail: its Message-ID (the same on every retry) and List-Unsubscribe. */
export class MailHeaders1796700020822 implements MigrationInterface {
  name = 'MailHeaders1796700020822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "headers" jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "headers"`);
  }
}
