import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters without the write-ahead log (ADR 0014, ADR 0025): every public read commits
 * one upsert here, and a logged commit waits for the WAL to reach the disk (about 4 ms per upsert on
 * the project's machine, 0.25-0.9 ms unlogged). The counters stay shared by every API instance;
 * what is given up is their survival: PostgreSQL empties an unlogged table after a crash, and
 * standbys do not receive it, so the windows (10 minutes to 24 hours) start again from zero then.
 */
export class RateLimitsUnlogged1796705000000 implements MigrationInterface {
  name = 'RateLimitsUnlogged1796705000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
  }
}
