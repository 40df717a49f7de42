import { MigrationInterface, QueryRunner } from 'typeorm';

/** The records counted per shop, and what each adds to its shop's day: a voucher one voucher; a redemption one redemption and its basket. */
const SOURCES: { table: string; columns: { name: string; value: string }[] }[] = [
  { table: 'campaign_vouchers', columns: [{ name: 'vouchers', value: '1' }] },
  {
    table: 'campaign_redemptions',
    columns: [
      { name: 'redemptions', value: '1' },
      { name: 'basketCents', value: 'coalesce("basketCents", 0)::bigint' },
    ],
  },
];

/** The statement trigger's function keeping `promotions_shop_daily_counts`'s columns for one table, from its transition tables. */
function keeper(source: (typeof SOURCES)[number]): string {
  const { columns } = source;
  const changes = (rows: 'old_rows' | 'new_rows') =>
    `SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", "shopId", ${columns
      .map((c) => `${rows === 'old_rows' ? '-' : ''}${c.value} AS "${c.name}"`)
      .join(', ')} FROM ${rows}`;
  const upsert = (rows: string) =>
    `INSERT INTO public."promotions_shop_daily_counts" AS r ("associationId", "day", "shopId", ${columns.map((c) => `"${c.name}"`).join(', ')})
       SELECT "associationId", "day", "shopId", ${columns.map((c) => `sum("${c.name}")`).join(', ')} FROM (${rows}) e
        GROUP BY 1, 2, 3 HAVING ${columns.map((c) => `sum("${c.name}") <> 0`).join(' OR ')} ORDER BY 1, 2, 3
     ON CONFLICT ("associationId", "day", "shopId") DO UPDATE SET ${columns.map((c) => `"${c.name}" = r."${c.name}" + excluded."${c.name}"`).join(', ')};`;
  return `CREATE FUNCTION public."promotions_shop_daily_counts_of_${source.table}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${upsert(changes('new_rows'))}
      ELSIF TG_OP = 'UPDATE' THEN ${upsert(`${changes('old_rows')} UNION ALL ${changes('new_rows')}`)}
      ELSE ${upsert(changes('old_rows'))}
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * The promotions' daily counts per shop (issue 13 growth, ADR 0042): vouchers claimed, redemptions and
 * their baskets per association, UTC day of their creation and shop, kept by statement triggers on the
 * two tables (an insert, a delete, a backdated record, a basket corrected, a record moved to another
 * shop: each moves its days' counts) and backfilled here. Read by PromotionsFigures for the impact
 * dashboard's shops (the top shops of a period, a shop against the median) instead of adding up every
 * voucher and redemption of the period; keyed by the UTC day, so no time zone is needed to write it.
 */
export class PromotionsShopDailyCounts1796725100000 implements MigrationInterface {
  name = 'PromotionsShopDailyCounts1796725100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "promotions_shop_daily_counts" ("associationId" uuid NOT NULL, "day" date NOT NULL, "shopId" uuid NOT NULL, "vouchers" integer NOT NULL DEFAULT 0, "redemptions" integer NOT NULL DEFAULT 0, "basketCents" bigint NOT NULL DEFAULT 0, CONSTRAINT "promotions_shop_daily_counts_pk" PRIMARY KEY ("associationId", "day", "shopId"))`,
    );
    // The triggers first: their lock on each table holds its writers until the backfill is committed.
    for (const source of SOURCES) {
      await queryRunner.query(keeper(source));
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_promotions_shop_daily_counts_insert" AFTER INSERT ON "${source.table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."promotions_shop_daily_counts_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_promotions_shop_daily_counts_update" AFTER UPDATE ON "${source.table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."promotions_shop_daily_counts_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_promotions_shop_daily_counts_delete" AFTER DELETE ON "${source.table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."promotions_shop_daily_counts_of_${source.table}"()`,
      );
    }
    await queryRunner.query(
      `INSERT INTO "promotions_shop_daily_counts" ("associationId", "day", "shopId", "vouchers", "redemptions", "basketCents")
       SELECT "associationId", "day", "shopId", sum(v), sum(r), sum(b) FROM (
         SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", "shopId", 1 AS v, 0 AS r, 0::bigint AS b FROM "campaign_vouchers"
         UNION ALL SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date, "shopId", 0, 1, coalesce("basketCents", 0)::bigint FROM "campaign_redemptions"
       ) e GROUP BY 1, 2, 3`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const source of SOURCES) {
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(
          `DROP TRIGGER "${source.table}_promotions_shop_daily_counts_${event}" ON "${source.table}"`,
        );
      await queryRunner.query(`DROP FUNCTION public."promotions_shop_daily_counts_of_${source.table}"()`);
    }
    await queryRunner.query(`DROP TABLE "promotions_shop_daily_counts"`);
  }
}
