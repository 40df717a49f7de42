import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayRollupSpan, edgeParams, edgeRangesSql } from '@assoc/platform-api';
import { DataSource } from 'typeorm';

/** The promotions' counts in one bucket of a period (1 = the bucket starting at the first cut). */
export interface PromotionsBucketCounts {
  bucket: number;
  /** Vouchers claimed (by members or the public). */
  vouchers: number;
  redemptions: number;
}

/** A shop's vouchers, redemptions and baskets over a period. */
export interface PromotionsShopTotals {
  shopId: string;
  vouchers: number;
  redemptions: number;
  basketCents: number;
}

/**
 * The promotions' figures for other domains (the impact dashboard). The counts come from the daily
 * roll-up its triggers keep (`promotions_daily_counts`, migration PromotionsDailyCounts, ADR 0039): the whole
 * UTC days of the period from the roll-up, the days a bucket starts inside from the records.
 */
@Injectable()
export class PromotionsFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Vouchers claimed and redemptions made in [start, end), per bucket: `cuts` are the buckets' first
   * instants (ascending, the first one `start`). Buckets with nothing may be missing.
   */
  async counts(
    associationId: string,
    start: Date,
    end: Date,
    cuts: readonly Date[],
  ): Promise<PromotionsBucketCounts[]> {
    const span = dayRollupSpan(start, end, cuts);
    const record = (table: string, counted: string, columns: string) =>
      `SELECT width_bucket(r."createdAt", $2::timestamptz[]), ${columns}
         FROM ${table} r WHERE r."associationId" = $1 AND ${edgeRangesSql('r."createdAt"', 6, span)}${counted}`;
    return this.dataSource.query(
      `SELECT b AS bucket, sum(vouchers)::int AS vouchers, sum(redemptions)::int AS redemptions FROM (
          SELECT width_bucket(("day"::timestamp AT TIME ZONE 'UTC'), $2::timestamptz[]) AS b, vouchers, redemptions
            FROM promotions_daily_counts
           WHERE "associationId" = $1 AND "day" >= $3::date AND "day" < $4::date AND "day" <> ALL($5::date[])
          UNION ALL ${record('campaign_vouchers', '', '1, 0')}
          UNION ALL ${record('campaign_redemptions', '', '0, 1')}
        ) x GROUP BY b`,
      [associationId, cuts.map((c) => c.toISOString()), span.fromDay, span.toDay, span.edgeDays, ...edgeParams(span)],
    );
  }

  /**
   * Per shop, the vouchers claimed, the redemptions and their baskets in [start, end), as SQL for the
   * caller's statement (ADR 0030: one statement stays one statement): rows ("shopId", vouchers,
   * redemptions, "basketCents"), only the shops with a voucher or a redemption in the period. The
   * association is the caller's parameter `association` (e.g. '$1'); this fragment's own parameters are
   * numbered from `first` and their values are `params`, in that order. From the per-shop daily roll-up
   * its triggers keep (`promotions_shop_daily_counts`, migration PromotionsShopDailyCounts, ADR 0042):
   * the whole UTC days of the period from the roll-up, its first and last days from the records when
   * the period starts or ends inside them.
   */
  shopTotalsSql(association: string, first: number, start: Date, end: Date): { sql: string; params: unknown[] } {
    const span = dayRollupSpan(start, end, []);
    const record = (table: string, columns: string) =>
      `SELECT r."shopId", ${columns} FROM ${table} r WHERE r."associationId" = ${association} AND ${edgeRangesSql('r."createdAt"', first + 3, span)}`;
    return {
      sql: `SELECT "shopId", sum(v)::int AS vouchers, sum(n)::int AS redemptions, sum(b)::bigint AS "basketCents" FROM (
          SELECT "shopId", vouchers AS v, redemptions AS n, "basketCents" AS b FROM promotions_shop_daily_counts
           WHERE "associationId" = ${association} AND "day" >= $${first}::date AND "day" < $${first + 1}::date AND "day" <> ALL($${first + 2}::date[])
          UNION ALL ${record('campaign_vouchers', '1, 0, 0::bigint')}
          UNION ALL ${record('campaign_redemptions', '0, 1, coalesce(r."basketCents", 0)::bigint')}
        ) e GROUP BY "shopId" HAVING sum(v) <> 0 OR sum(n) <> 0`,
      params: [span.fromDay, span.toDay, span.edgeDays, ...edgeParams(span)],
    };
  }

  /** Per shop, the vouchers claimed, the redemptions and their baskets in [start, end) (see shopTotalsSql). */
  async shopTotals(associationId: string, start: Date, end: Date): Promise<PromotionsShopTotals[]> {
    const { sql, params } = this.shopTotalsSql('$1', 2, start, end);
    const rows: (PromotionsShopTotals & { basketCents: string })[] = await this.dataSource.query(sql, [
      associationId,
      ...params,
    ]);
    return rows.map((r) => ({ ...r, basketCents: Number(r.basketCents) }));
  }
}
