import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data exports count the job's failed attempts: one that keeps failing stops blocking the others, then ends. */
export class DataExportAttempts1796720600001 implements MigrationInterface {
  name = 'DataExportAttempts1796720600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_exports" ADD "attempts" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_exports" DROP COLUMN "attempts"`);
  }
}
