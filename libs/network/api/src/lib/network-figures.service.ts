import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayRollupSpan, edgeParams, edgeRangesSql } from '@assoc/platform-api';
import { DataSource } from 'typeorm';

/** The network's counts in one bucket of a period (1 = the bucket starting at the first cut). */
export interface NetworkBucketCounts {
  bucket: number;
  /** Posts not deleted. */
  posts: number;
  /** Comments not deleted. */
  comments: number;
  reactions: number;
}

/**
 * The network's figures for other domains (the impact dashboard). The counts come from the daily
 * roll-up its triggers keep (`network_daily_counts`, migration NetworkDailyCounts, ADR 0039): the whole
 * UTC days of the period from the roll-up, the days a bucket starts inside from the records.
 */
@Injectable()
export class NetworkFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Posts, comments and reactions created in [start, end), per bucket: `cuts` are the buckets' first
   * instants (ascending, the first one `start`). Buckets with nothing may be missing.
   */
  async counts(associationId: string, start: Date, end: Date, cuts: readonly Date[]): Promise<NetworkBucketCounts[]> {
    const span = dayRollupSpan(start, end, cuts);
    const record = (table: string, counted: string, columns: string) =>
      `SELECT width_bucket(r."createdAt", $2::timestamptz[]), ${columns}
         FROM ${table} r WHERE r."associationId" = $1 AND ${edgeRangesSql('r."createdAt"', 6, span)}${counted}`;
    return this.dataSource.query(
      `SELECT b AS bucket, sum(posts)::int AS posts, sum(comments)::int AS comments, sum(reactions)::int AS reactions FROM (
          SELECT width_bucket(("day"::timestamp AT TIME ZONE 'UTC'), $2::timestamptz[]) AS b, posts, comments, reactions
            FROM network_daily_counts
           WHERE "associationId" = $1 AND "day" >= $3::date AND "day" < $4::date AND "day" <> ALL($5::date[])
          UNION ALL ${record('posts', ' AND r."deletedAt" IS NULL', '1, 0, 0')}
          UNION ALL ${record('comments', ' AND r."deletedAt" IS NULL', '0, 1, 0')}
          UNION ALL ${record('post_reactions', '', '0, 0, 1')}
        ) x GROUP BY b`,
      [associationId, cuts.map((c) => c.toISOString()), span.fromDay, span.toDay, span.edgeDays, ...edgeParams(span)],
    );
  }
}
