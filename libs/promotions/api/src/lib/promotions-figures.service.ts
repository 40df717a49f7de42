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
}
