import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing an association (issue 25 part 5): who asked and when, when it closes (after the grace period) and
 * when it was closed; Two notification kinds tell the board.
 */
export class AssociationClosing1796720800001 implements MigrationInterface {
  name = 'AssociationClosing1796720800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "associations" ADD "closingRequestedAt" TIMESTAMP WITH TIME ZONE, ADD "closingRequestedByMembershipId" uuid, ADD "closesAt" TIMESTAMP WITH TIME ZONE, ADD "closedAt" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'ASSOCIATION_CLOSING'`);
    await queryRunner.query(
      `ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'ASSOCIATION_CLOSING_CANCELLED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the two kinds stay in notification_kind (unused).
    for (const table of ['notifications', 'notification_preferences', 'notification_unsubscribe_tokens'])
      await queryRunner.query(
        `DELETE FROM "${table}" WHERE "kind"::text IN ('ASSOCIATION_CLOSING', 'ASSOCIATION_CLOSING_CANCELLED')`,
      );
    await queryRunner.query(
      `ALTER TABLE "associations" DROP COLUMN "closedAt", DROP COLUMN "closesAt", DROP COLUMN "closingRequestedByMembershipId", DROP COLUMN "closingRequestedAt"`,
    );
  }
}
