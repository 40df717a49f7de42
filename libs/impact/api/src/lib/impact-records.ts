import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CashmobStatus, SignUpStatus } from '@assoc/cashmobs-domain';
import { personName } from '@assoc/identity-domain';
import { bucketsOf, ImpactPeriod } from '@assoc/impact-domain';
import { CampaignStatus } from '@assoc/promotions-domain';
import { Locale } from '@assoc/platform-domain';
import { dayRollupSpan } from '@assoc/platform-api';
import { ActivityMonth, MembershipFigures } from '@assoc/associations-api';
import { NetworkFigures } from '@assoc/network-api';
import { PromotionsFigures } from '@assoc/promotions-api';
import { DataSource } from 'typeorm';

/** Counts per bucket of the period's series, keyed by the bucket's first day. */
export interface ActivityRow {
  /** null on the row that totals the whole period. */
  day: string | null;
  active: number;
  posts: number;
  comments: number;
  reactions: number;
  vouchers: number;
  redemptions: number;
}

export interface ShopCampaignRow {
  shopId: string;
  vouchers: number;
  redemptions: number;
  basketCents: number;
}

export interface ShopCashmobRow {
  shopId: string;
  count: number;
  participants: number;
  checkIns: number;
  revenueCents: number;
  /** The takings of each cashmob, for the combined uplift. */
  takings: { revenueCents: number | null; ordinaryRevenueCents: number | null }[];
}

/** The activity's counted kinds, and none of them. */
const COUNTED = ['posts', 'comments', 'reactions', 'vouchers', 'redemptions'] as const;
const NO_COUNTS: Record<(typeof COUNTED)[number], number> = {
  posts: 0,
  comments: 0,
  reactions: 0,
  vouchers: 0,
  redemptions: 0,
};

/**
 * The records that make a member active, (at, m) rows of association `$1` whose record `x` meets `range`,
 * each table joined to `ranges` when given. The same events as the roll-up's (migration MembershipActivityYears).
 */
function memberEvents(ranges: string | null, range: string): string {
  const from = (table: string) => (ranges ? `${ranges} JOIN ${table} x ON` : `${table} x WHERE`);
  const of = (table: string, member: string, counted = '') =>
    `SELECT x."createdAt" AS at, x."${member}" AS m FROM ${from(table)} x."associationId" = $1 AND ${range}${counted}`;
  const kept = ' AND x."deletedAt" IS NULL';
  return [
    of('posts', 'authorMembershipId', kept),
    of('comments', 'authorMembershipId', kept),
    of('post_reactions', 'membershipId'),
    of('projects', 'authorMembershipId'),
    of('project_votes', 'membershipId'),
    of('project_participants', 'membershipId'),
    of('campaigns', 'createdByMembershipId'),
    of('campaign_offers', 'ownerMembershipId'),
    of('campaign_redemptions', 'membershipId'),
    of('cashmobs', 'organiserMembershipId'),
    of('cashmob_supports', 'membershipId'),
  ].join(' UNION ALL ');
}

const DAY_MS = 86_400_000;

/**
 * When every bucket's whole UTC days are one UTC month of one UTC year, all of it but maybe its first
 * or last day (the days a cut at a local midnight falls inside, read from the records), the buckets
 * following the months: that year and its months, in bucket order, with whether each month's first and
 * last days are whole days of its bucket. Else null (day or week buckets, a bucket starting inside a
 * month, months spread over two UTC years).
 */
export function monthsOfBuckets(
  slots: readonly { start: Date; end: Date }[],
): { year: number; months: ActivityMonth[] } | null {
  const months: ActivityMonth[] = [];
  let year: number | null = null;
  for (const [i, slot] of slots.entries()) {
    const from = new Date(Math.ceil(slot.start.getTime() / DAY_MS) * DAY_MS);
    const last = new Date(Math.floor(slot.end.getTime() / DAY_MS) * DAY_MS - DAY_MS);
    if (last < from) return null;
    const month = from.getUTCMonth();
    const days = new Date(Date.UTC(from.getUTCFullYear(), month + 1, 0)).getUTCDate();
    year ??= from.getUTCFullYear();
    if (from.getUTCFullYear() !== year || last.getUTCFullYear() !== year || last.getUTCMonth() !== month) return null;
    if (from.getUTCDate() > 2 || last.getUTCDate() < days - 1) return null;
    if (i > 0 && month !== months[0].month - 1 + i) return null;
    months.push({ month: month + 1, firstDay: from.getUTCDate() === 1, lastDay: last.getUTCDate() === days });
  }
  return year === null ? null : { year, months };
}

/** Cashmobs that took place or will (accepted by the shop), as opposed to proposals, refusals and cancellations. */
const HELD = [CashmobStatus.PUBLISHED, CashmobStatus.COMPLETED];
/** Campaigns the public saw (published, running or finished; not drafts, enrolment or cancelled ones). */
const SHOWN = [CampaignStatus.PUBLISHED, CampaignStatus.RUNNING, CampaignStatus.FINISHED];

/**
 * The impact dashboard's read-only queries over the domains' records. Each one reads one kind of
 * record for one association over [start, end) through the (association, time) indexes, and adds it
 * up in PostgreSQL (GROUP BY), see ADR 0009; the activity's counts and the member counts come from the
 * daily roll-ups their own domains keep (NetworkFigures, PromotionsFigures, MembershipFigures, ADR 0039).
 */
@Injectable()
export class ImpactRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly network: NetworkFigures,
    private readonly promotions: PromotionsFigures,
    private readonly memberships: MembershipFigures,
  ) {}

  /**
   * The member counts the dashboard shows, from the memberships' daily roll-up (MembershipFigures): how
   * many joined and left in [start, end), and how many were members at each instant of `at` (joined
   * before the instant, not removed before it).
   */
  async memberCounts(
    associationId: string,
    period: Pick<ImpactPeriod, 'start' | 'end'>,
    at: readonly Date[],
  ): Promise<{ joined: number; left: number; membersAt: number[] }> {
    return this.memberships.counts(associationId, period.start, period.end, at);
  }

  /**
   * Everything members did, bucketed in the association's time zone, with distinct active members per
   * bucket and over the whole period (the row whose day is null). Public voucher claims count as
   * vouchers but make no member active. Rows only for the buckets with something in them.
   *
   * Three statements side by side. The counts: from the network's and the promotions' daily roll-ups
   * (NetworkFigures, PromotionsFigures: their whole UTC days, and the records of the days a bucket
   * starts inside), per bucket cut at the buckets' first instants (bucketsOf: the same cuts as
   * `date_trunc` in the time zone). The active members: the events of members only, one
   * hashed pass per member keeping the set of buckets they acted in as bits of a bigint (a period has
   * at most 62 buckets), then one pass over those members counts each bucket's bit and all of them.
   */
  async activity(associationId: string, period: ImpactPeriod): Promise<ActivityRow[]> {
    const slots = bucketsOf(period);
    if (!slots.length) return [];
    const cuts = slots.map((s) => s.start);
    const [byBucket, active] = await Promise.all([
      this.activityCounts(associationId, period, cuts),
      this.activeMembers(associationId, period, slots),
    ]);
    const rows: ActivityRow[] = [];
    const total: Omit<ActivityRow, 'day'> = { active: active.total, ...NO_COUNTS };
    slots.forEach((slot, i) => {
      const c = byBucket.get(i + 1) ?? NO_COUNTS;
      for (const k of COUNTED) total[k] += c[k];
      if (active.byBucket[i] || COUNTED.some((k) => c[k]))
        rows.push({ day: slot.day, active: active.byBucket[i], ...c });
    });
    return [...rows, { day: null, ...total }];
  }

  /** The counted kinds per bucket, from the network's and the promotions' daily roll-ups. */
  private async activityCounts(
    associationId: string,
    period: ImpactPeriod,
    cuts: readonly Date[],
  ): Promise<Map<number, Record<(typeof COUNTED)[number], number>>> {
    const [network, promotions] = await Promise.all([
      this.network.counts(associationId, period.start, period.end, cuts),
      this.promotions.counts(associationId, period.start, period.end, cuts),
    ]);
    const byBucket = new Map<number, Record<(typeof COUNTED)[number], number>>();
    const of = (b: number) => {
      const counts = byBucket.get(b) ?? { ...NO_COUNTS };
      byBucket.set(b, counts);
      return counts;
    };
    for (const { bucket, ...c } of network) Object.assign(of(bucket), c);
    for (const { bucket, ...c } of promotions) Object.assign(of(bucket), c);
    return byBucket;
  }

  /**
   * The distinct active members per bucket and in all. Over month buckets (a year) from the sets of
   * months the members' years make (MembershipFigures.activeMonthSetsSql, ADR 0044 and 0049: a row per
   * distinct set, no pass over the members nor the records), each bucket's whole UTC days as its month's
   * days, corrected for the members with records on the days a cut falls inside (read from the records);
   * else (days, weeks, a period starting inside a month) one pass over the records.
   */
  private async activeMembers(
    associationId: string,
    period: ImpactPeriod,
    slots: readonly { start: Date; end: Date }[],
  ): Promise<{ total: number; byBucket: number[] }> {
    const cuts = slots.map((s) => s.start.toISOString());
    const perMember = (events: string) =>
      `SELECT m, bit_or(1::bigint << (width_bucket(at, $2::timestamptz[]) - 1)) AS bits FROM (${events}) ev WHERE m IS NOT NULL GROUP BY m`;
    // Each bucket's count over the members' sets of buckets (a few hundred distinct sets), not over every member.
    const counts = (sets: string) => `sets AS (SELECT bits, sum(n) AS n FROM (${sets}) x WHERE bits <> 0 GROUP BY bits)
      SELECT coalesce(sum(n), 0)::int AS total, ARRAY[${Array.from(
        { length: slots.length },
        (_, i) => `coalesce(sum(n) FILTER (WHERE bits & (1::bigint << ${i}) <> 0), 0)::int`,
      ).join(', ')}] AS "byBucket" FROM sets`;
    const months = monthsOfBuckets(slots);
    let sql: string;
    let params: unknown[];
    if (months) {
      // The days a cut falls inside, from the records: one index range per day, joined (planned once per table).
      const { edges } = dayRollupSpan(
        period.start,
        period.end,
        slots.map((s) => s.start),
      );
      const sets = this.memberships.activeMonthSetsSql('$1', 5, months.year, months.months, 'e');
      sql = `WITH e AS (${perMember(memberEvents('unnest($3::timestamptz[], $4::timestamptz[]) AS g(lo, hi)', 'x."createdAt" >= g.lo AND x."createdAt" < g.hi'))}),
                  ${counts(sets.sql)}`;
      params = [associationId, cuts, edges.map((e) => e.lo), edges.map((e) => e.hi), ...sets.params];
    } else {
      sql = `WITH per AS (${perMember(memberEvents(null, 'x."createdAt" >= $3 AND x."createdAt" < $4'))}), ${counts('SELECT bits, 1 AS n FROM per')}`;
      params = [associationId, cuts, period.start, period.end];
    }
    // Without parallel workers: PostgreSQL cannot tell how many members the union holds (it guesses
    // 200), plans partial aggregates in two workers merged by a sort, and that costs about twice the
    // single hashed pass on this 2-core machine under load (1,000x: 51 against 22 ms, EXPLAIN ANALYZE).
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const [row]: { total: number; byBucket: number[] }[] = await manager.query(sql, params);
      return row;
    });
  }

  /** Projects created in the period, by their status today. */
  async projectsByStatus(associationId: string, period: ImpactPeriod): Promise<{ status: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM projects WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 GROUP BY status ORDER BY status`,
      [associationId, period.start, period.end],
    );
  }

  /** Campaigns shown to members and the public that overlap the period. */
  async campaignCount(associationId: string, period: ImpactPeriod): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM campaigns WHERE "associationId" = $1 AND status = ANY($4) AND "startsAt" < $3 AND "endsAt" > $2`,
      [associationId, period.start, period.end, SHOWN],
    );
    return n;
  }

  /** Vouchers claimed and redemptions (with baskets) in the period, per shop (PromotionsFigures). */
  async campaignsByShop(associationId: string, period: ImpactPeriod): Promise<ShopCampaignRow[]> {
    return this.promotions.shopTotals(associationId, period.start, period.end);
  }

  /**
   * The shops with vouchers or redemptions in the period, the most vouchers first, then redemptions,
   * then by name (French order), the shops whose owner left (shown without a name) after the named ones
   * with the same figures, by id; at most `limit` of them (all when null), ordered and cut in PostgreSQL;
   * with the baskets of every shop added up. The figures per shop come from the promotions' per-shop
   * daily roll-up (PromotionsFigures.shopTotalsSql).
   *
   * With a limit, names are read only for the shops that make the cut (ADR 0049): the shops above the
   * `limit`-th one's figures, each by its key; then the shops tied with it, walked in name order through
   * the shops' (association, French name) index until enough are found with their owner still a member;
   * then, only when those run out, the tied shops without a name, by id. Many shops can tie at the cut
   * (a long tail with one voucher each): they are not all named and sorted.
   */
  async topCampaignShops(
    associationId: string,
    period: ImpactPeriod,
    limit: number | null,
  ): Promise<{ shops: (ShopCampaignRow & { shopName: string })[]; basketCents: number }> {
    if (limit !== null && limit < 1) return { shops: [], basketCents: 0 };
    const totals = this.promotions.shopTotalsSql('$1', 3, period.start, period.end);
    // Shop `s` is this association's and its owner is still a member (a removed membership's shop has no name here).
    const present = `s."associationId" = $1 AND NOT EXISTS (SELECT FROM memberships m WHERE m.id = s."membershipId" AND m."removedAt" IS NOT NULL)`;
    const named = (shopId: string) =>
      `coalesce((SELECT s.name FROM shops s WHERE s.id = ${shopId} AND ${present}), '')`;
    const order = `k.vouchers DESC, k.redemptions DESC, k."shopName" = '', k."shopName" COLLATE "fr-x-icu", k."shopId"`;
    const shops =
      limit === null
        ? `SELECT t.*, ${named('t."shopId"')} AS "shopName" FROM t`
        : `SELECT * FROM above
           UNION ALL SELECT tied.*, walk.name FROM walk JOIN tied ON tied."shopId" = walk.id
           UNION ALL SELECT * FROM rest`;
    // The walk's "IS TRUE" keeps the tied set a hashed filter of the index scan in name order (as a
    // semi-join, PostgreSQL would hash it and lose the order, then name and sort every tied shop); its
    // limit is 0 when nothing ties (fewer shops than the limit), so it does not walk every shop for none.
    const cut =
      limit === null
        ? ''
        : `cut AS (SELECT vouchers, redemptions FROM t ORDER BY vouchers DESC, redemptions DESC LIMIT 1 OFFSET $2::int - 1),
           above AS MATERIALIZED (SELECT t.*, ${named('t."shopId"')} AS "shopName" FROM t
                                   WHERE NOT EXISTS (SELECT FROM cut) OR (vouchers, redemptions) > (SELECT vouchers, redemptions FROM cut)),
           tied AS MATERIALIZED (SELECT * FROM t WHERE (vouchers, redemptions) = (SELECT vouchers, redemptions FROM cut)),
           walk AS MATERIALIZED (SELECT s.id, s.name FROM shops s WHERE (s.id IN (SELECT "shopId" FROM tied)) IS TRUE AND ${present}
                                  ORDER BY s.name COLLATE "fr-x-icu", s.id LIMIT least(greatest($2::int - (SELECT count(*) FROM above), 0), (SELECT count(*) FROM tied))),
           rest AS (SELECT tied.*, '' AS "shopName" FROM tied
                     WHERE NOT EXISTS (SELECT FROM shops s WHERE s.id = tied."shopId" AND ${present})
                     ORDER BY tied."shopId" LIMIT greatest($2::int - (SELECT count(*) FROM above) - (SELECT count(*) FROM walk), 0)),`;
    const rows: (ShopCampaignRow & { shopName: string; basketCents: string; total: string })[] =
      await this.dataSource.query(
        `WITH t AS MATERIALIZED (${totals.sql}), ${cut}
              k AS (${shops})
         SELECT k."shopId", k.vouchers, k.redemptions, k."basketCents", k."shopName", (SELECT coalesce(sum("basketCents"), 0) FROM t) AS total
           FROM k ORDER BY ${order} LIMIT $2`,
        [associationId, limit, ...totals.params],
      );
    return {
      shops: rows.map(({ total: _total, ...r }) => ({ ...r, basketCents: Number(r.basketCents) })),
      basketCents: rows.length ? Number(rows[0].total) : 0,
    };
  }

  /** Cashmobs held in the period (by their start), per shop: sign-ups, check-ins and takings. */
  async cashmobsByShop(associationId: string, period: ImpactPeriod): Promise<ShopCashmobRow[]> {
    const rows: {
      shopId: string;
      revenueCents: string | null;
      ordinaryRevenueCents: string | null;
      participants: number;
      checkIns: number;
    }[] = await this.dataSource.query(
      `SELECT c."shopId", c."revenueCents", c."ordinaryRevenueCents",
              count(s.id) FILTER (WHERE s.status = $5 AND NOT s."walkIn")::int AS participants,
              count(s.id) FILTER (WHERE s."checkedInAt" IS NOT NULL)::int AS "checkIns"
         FROM cashmobs c LEFT JOIN cashmob_sign_ups s ON s."cashmobId" = c.id
        WHERE c."associationId" = $1 AND c."startsAt" >= $2 AND c."startsAt" < $3 AND c.status = ANY($4)
        GROUP BY c.id`,
      [associationId, period.start, period.end, HELD, SignUpStatus.CONFIRMED],
    );
    const byShop = new Map<string, ShopCashmobRow>();
    for (const r of rows) {
      const shop = byShop.get(r.shopId) ?? {
        shopId: r.shopId,
        count: 0,
        participants: 0,
        checkIns: 0,
        revenueCents: 0,
        takings: [],
      };
      const revenueCents = r.revenueCents === null ? null : Number(r.revenueCents);
      shop.count += 1;
      shop.participants += r.participants;
      shop.checkIns += r.checkIns;
      shop.revenueCents += revenueCents ?? 0;
      shop.takings.push({
        revenueCents,
        ordinaryRevenueCents: r.ordinaryRevenueCents === null ? null : Number(r.ordinaryRevenueCents),
      });
      byShop.set(r.shopId, shop);
    }
    return [...byShop.values()];
  }

  /** The association's shops (id, name, owner), for names and for the median over every shop. */
  async shops(associationId: string): Promise<{ id: string; name: string; membershipId: string }[]> {
    return this.dataSource.query(
      `SELECT s.id, s.name, s."membershipId" FROM shops s JOIN memberships m ON m.id = s."membershipId" AND m."removedAt" IS NULL WHERE s."associationId" = $1`,
      [associationId],
    );
  }

  /**
   * Of the association's shops whose owner is still a member, those with these ids or owned by these
   * memberships (id, name, owner): the names the dashboard's tables show, read for their rows only.
   */
  async shopsAmong(
    associationId: string,
    shopIds: readonly string[],
    membershipIds: readonly string[],
  ): Promise<{ id: string; name: string; membershipId: string }[]> {
    if (!shopIds.length && !membershipIds.length) return [];
    return this.dataSource.query(
      `SELECT s.id, s.name, s."membershipId" FROM shops s JOIN memberships m ON m.id = s."membershipId" AND m."removedAt" IS NULL
        WHERE s."associationId" = $1 AND (s.id = ANY($2::uuid[]) OR s."membershipId" = ANY($3::uuid[]))`,
      [associationId, shopIds, membershipIds],
    );
  }

  /**
   * Member names for the per-member money table (the board's view only), in the reader's language for a
   * closed account ("Former member", issue 25).
   */
  async memberNames(
    associationId: string,
    membershipIds: readonly string[],
    reader: Locale = Locale.FR,
  ): Promise<Map<string, string>> {
    if (!membershipIds.length) return new Map();
    const rows: { id: string; name: string; closed: boolean }[] = await this.dataSource.query(
      `SELECT m.id, u.name, u."closedAt" IS NOT NULL AS closed FROM memberships m JOIN users u ON u.id = m."userId" WHERE m."associationId" = $1 AND m.id = ANY($2::uuid[])`,
      [associationId, membershipIds],
    );
    return new Map(rows.map((r) => [r.id, personName(r, reader)]));
  }
}
