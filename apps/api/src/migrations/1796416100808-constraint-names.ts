import { MigrationInterface, QueryRunner } from 'typeorm';

/** [table, name the cashmobs and promotions migrations gave it, name TypeORM gives it from the entities] */
const FOREIGN_KEYS: [string, string, string][] = [
  ['cashmobs', 'FK_cashmobs_shop', 'FK_2e73d74e9a23b0289db853bc90c'],
  ['cashmobs', 'FK_cashmobs_host', 'FK_7c809ac3ec7a8314f3440cb934e'],
  ['cashmobs', 'FK_cashmobs_organiser', 'FK_76e0487df47c4d66817772b83cf'],
  ['cashmob_supports', 'FK_cashmob_supports_cashmob', 'FK_6af1ca5725f1ba8349bc9a6fc2a'],
  ['cashmob_supports', 'FK_cashmob_supports_membership', 'FK_7be9c229a3d2220106bf2e875e2'],
  ['cashmob_sign_ups', 'FK_cashmob_sign_ups_cashmob', 'FK_0699b9eabfe9ed4ca642abf7a22'],
  ['cashmob_settings', 'FK_cashmob_settings_association', 'FK_64f9a8267c8a71d5edac3b42e65'],
  ['campaigns', 'FK_campaigns_created_by', 'FK_29944084631767543d335bb82d9'],
  ['campaign_offers', 'FK_campaign_offers_campaign', 'FK_1262d592af9d2e8d967a1c22457'],
  ['campaign_offers', 'FK_campaign_offers_shop', 'FK_bb0eba7795447405f1b3dea6183'],
  ['campaign_offers', 'FK_campaign_offers_owner', 'FK_22d822668241317bda4ed8c8f3c'],
  ['campaign_vouchers', 'FK_campaign_vouchers_offer', 'FK_9d89d3134946cf26af2172d4c10'],
  // Not declared by CampaignRedemptionEntity (yet): the names TypeORM gives offerId → campaign_offers and voucherId → campaign_vouchers.
  ['campaign_redemptions', 'FK_campaign_redemptions_offer', 'FK_5097ee308c0800f24de57ba423a'],
  ['campaign_redemptions', 'FK_campaign_redemptions_voucher', 'FK_5a78b2dbbe5cd732acd3f79f8ec'],
];

/** [name the migrations gave the ("associationId") index, name TypeORM gives it] */
const INDEXES: [string, string][] = [
  ['IDX_cashmobs_association', 'IDX_dc1e1cba4bc31b2b7d221270f4'],
  ['IDX_cashmob_supports_association', 'IDX_0249643befd6e417bc11309a5f'],
  ['IDX_cashmob_sign_ups_association', 'IDX_c9cd1a03d9d14e9b123e6a75db'],
  ['IDX_campaigns_association', 'IDX_84c66ac4fc3ab6ffa054c53f91'],
  ['IDX_campaign_offers_association', 'IDX_9ea68730fef84ab719fa0204e3'],
  ['IDX_campaign_vouchers_association', 'IDX_eb680bccd2b4a567e83661da75'],
  ['IDX_campaign_redemptions_association', 'IDX_f1b02f8bb41b56cf54a4fbfa4a'],
];

/**
 * The cashmobs and promotions migrations were written by hand with readable constraint and index
 * names; TypeORM knows foreign keys and indexes by name, so every `migration:generate` proposed to
 * drop and re-create them all. Generated with `npm run migration:generate` and then reduced to
 * renames: same columns, same ON DELETE, no table scan, nothing dropped.
 * The class timestamp follows the last historical one (Widgets1796700000000) because TypeORM orders
 * migrations by it; the file name carries the real creation time.
 */
export class ConstraintNames1796700000001 implements MigrationInterface {
  name = 'ConstraintNames1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, from, to] of FOREIGN_KEYS)
      await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${from}" TO "${to}"`);
    for (const [from, to] of INDEXES) await queryRunner.query(`ALTER INDEX "public"."${from}" RENAME TO "${to}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [from, to] of INDEXES) await queryRunner.query(`ALTER INDEX "public"."${to}" RENAME TO "${from}"`);
    for (const [table, from, to] of FOREIGN_KEYS)
      await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${to}" TO "${from}"`);
  }
}
