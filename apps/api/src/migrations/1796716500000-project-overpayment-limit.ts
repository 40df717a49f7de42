import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project's overpayment limit (issue 16): how far a contribution may go beyond what its participant
 * still owes, 100,00 € by default; the board can raise it or lift it (NULL).
 */
export class ProjectOverpaymentLimit1796716500000 implements MigrationInterface {
  name = 'ProjectOverpaymentLimit1796716500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "projects" ADD "overpaymentLimitCents" bigint DEFAULT 10000 CONSTRAINT "projects_overpayment_limit_min" CHECK ("overpaymentLimitCents" >= 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "projects" DROP COLUMN "overpaymentLimitCents"`);
  }
}
