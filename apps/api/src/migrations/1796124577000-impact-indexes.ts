import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The impact dashboard counts what happened in an association over a period: one (association, time)
 * index per record it counts, so its aggregations read index ranges instead of whole tables.
 */
export class ImpactIndexes1796600000000 implements MigrationInterface {
  name = 'ImpactIndexes1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "posts_by_time" ON "posts" ("associationId", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "comments_by_time" ON "comments" ("associationId", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "post_reactions_by_time" ON "post_reactions" ("associationId", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "project_votes_by_time" ON "project_votes" ("associationId", "createdAt")`);
    await queryRunner.query(
      `CREATE INDEX "project_participants_by_time" ON "project_participants" ("associationId", "createdAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_offers_by_time" ON "campaign_offers" ("associationId", "createdAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_vouchers_by_time" ON "campaign_vouchers" ("associationId", "createdAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_redemptions_by_time" ON "campaign_redemptions" ("associationId", "createdAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "cashmob_supports_by_time" ON "cashmob_supports" ("associationId", "createdAt")`,
    );
    await queryRunner.query(`CREATE INDEX "campaigns_by_time" ON "campaigns" ("associationId", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "cashmobs_by_time" ON "cashmobs" ("associationId", "createdAt")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "campaigns_by_time"`);
    await queryRunner.query(`DROP INDEX "cashmobs_by_time"`);
    await queryRunner.query(`DROP INDEX "cashmob_supports_by_time"`);
    await queryRunner.query(`DROP INDEX "campaign_redemptions_by_time"`);
    await queryRunner.query(`DROP INDEX "campaign_vouchers_by_time"`);
    await queryRunner.query(`DROP INDEX "campaign_offers_by_time"`);
    await queryRunner.query(`DROP INDEX "project_participants_by_time"`);
    await queryRunner.query(`DROP INDEX "project_votes_by_time"`);
    await queryRunner.query(`DROP INDEX "post_reactions_by_time"`);
    await queryRunner.query(`DROP INDEX "comments_by_time"`);
    await queryRunner.query(`DROP INDEX "posts_by_time"`);
  }
}
