import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two signatures (issue 16): the association's threshold above which a project expense awaits a second
 * board member (NULL: off, the default), and each ledger entry's approval state with who decided, when,
 * and why a refusal. Existing entries are APPROVED: they count as before.
 */
export class SecondSignature1796718400000 implements MigrationInterface {
  name = 'SecondSignature1796718400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "associations" ADD "secondSignatureAboveCents" bigint`);
    await queryRunner.query(`CREATE TYPE "public"."ledger_approval" AS ENUM('APPROVED', 'PENDING', 'REJECTED')`);
    await queryRunner.query(
      `ALTER TABLE "project_ledger_entries" ADD "approval" "public"."ledger_approval" NOT NULL DEFAULT 'APPROVED'`,
    );
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" ADD "decidedByMembershipId" uuid`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" ADD "decidedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" ADD "rejectionReason" text`);
    await queryRunner.query(
      `CREATE INDEX "project_ledger_pending" ON "project_ledger_entries" ("projectId") WHERE "approval" = 'PENDING'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."project_ledger_pending"`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP COLUMN "rejectionReason"`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP COLUMN "decidedAt"`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP COLUMN "decidedByMembershipId"`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP COLUMN "approval"`);
    await queryRunner.query(`DROP TYPE "public"."ledger_approval"`);
    await queryRunner.query(`ALTER TABLE "associations" DROP COLUMN "secondSignatureAboveCents"`);
  }
}
