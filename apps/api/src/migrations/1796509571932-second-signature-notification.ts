import { MigrationInterface, QueryRunner } from 'typeorm';

/** Two signatures (issue 16): the board is told when a project expense awaits a second signature. */
export class SecondSignatureNotification1796718400001 implements MigrationInterface {
  name = 'SecondSignatureNotification1796718400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'PROJECT_EXPENSE_TO_SIGN'`,
    );
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value: PROJECT_EXPENSE_TO_SIGN stays in notification_kind (unused).
  }
}
