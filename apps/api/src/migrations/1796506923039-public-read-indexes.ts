import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public widget reads only what it shows (issue 13, growth):
 * - `shops_public_order` walks an association's shops in the order the public sees them (name in
 *   French order, then id): the widget's shops and its products stop after `maxItems` shops instead of
 *   sorting every shop (ICU comparisons over 15,000 names at 1,000x);
 * - `campaign_offers_by_shop` finds a shop's offers, so the live offers are read shop by shop in that
 *   same order (a running campaign may hold thousands).
 */
export class PublicReadIndexes1796706000000 implements MigrationInterface {
  name = 'PublicReadIndexes1796706000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "shops_public_order" ON "shops" ("associationId", "name" COLLATE "fr-x-icu", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "campaign_offers_by_shop" ON "campaign_offers" ("shopId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "campaign_offers_by_shop"`);
    await queryRunner.query(`DROP INDEX "shops_public_order"`);
  }
}
