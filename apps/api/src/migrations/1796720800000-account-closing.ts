import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing an account (issue 25): `users.closedAt`. The row stays (every foreign key to it stays valid); the
 * closing replaces its e-mail, name and password hash in the same transaction.
 */
export class AccountClosing1796720800000 implements MigrationInterface {
  name = 'AccountClosing1796720800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "closedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "closedAt"`);
  }
}
