import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayRollupSpan, edgeParams, edgeRangesSql, joinedRanges } from '@assoc/platform-api';
import { DataSource } from 'typeorm';

/** The member counts of a period. */
export interface MemberCounts {
  /** Memberships that began in [start, end). */
  joined: number;
  /** Memberships removed in [start, end). */
  left: number;
  /** Members at each instant asked for: the memberships that began before it and were not removed before it. */
  membersAt: number[];
}

/** A UTC month of a year to read the members' activity of (ADR 0044): its middle days, and its first and last days when asked. */
export interface ActivityMonth {
  /** 1-12. */
  month: number;
  firstDay: boolean;
  lastDay: boolean;
}

const DAY_MS = 86_400_000;
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The memberships' figures for other domains (the impact dashboard), from the daily roll-up kept by
 * the memberships' triggers (`membership_daily_counts`, migration MembershipDailyCounts, ADR 0039):
 * whole UTC days from the roll-up, the days a cut or an instant falls inside from the memberships
 * themselves (their (association, time) indexes). No time zone is stored: a zone change or a moved
 * clock leaves them right.
 */
@Injectable()
export class MembershipFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * How many memberships began and were removed in [start, end), and how many members there were at
   * each of `at` (any instants: each counts the memberships that began before it and were not removed
   * before it).
   */
  async counts(associationId: string, start: Date, end: Date, at: readonly Date[]): Promise<MemberCounts> {
    const span = dayRollupSpan(start, end, []);
    // The memberships of every UTC day with an instant inside it (a superset of the period's edges and
    // of each instant's day before it), sorted out below.
    const inside = new Set<number>();
    for (const t of [start, end, ...at])
      if (t.getTime() % DAY_MS !== 0) inside.add(t.getTime() - (t.getTime() % DAY_MS));
    const partial = {
      edges: joinedRanges([...inside].map((day) => ({ lo: new Date(day), hi: new Date(day + DAY_MS) }))),
    };
    const lastDay = utcDay(new Date(Math.max(end.getTime(), ...at.map((t) => t.getTime()))));
    const [days, records]: [
      { day: string; joined: number; left: number; ended: number }[],
      { createdAt: Date; removedAt: Date | null }[],
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char("day", 'YYYY-MM-DD') AS day, joined, "left", ended FROM membership_daily_counts
          WHERE "associationId" = $1 AND "day" <= $2::date`,
        [associationId, lastDay],
      ),
      partial.edges.length
        ? this.dataSource.query(
            `SELECT "createdAt", "removedAt" FROM memberships WHERE "associationId" = $1
                AND (${edgeRangesSql('"createdAt"', 2, partial)}
                     OR "removedAt" IS NOT NULL AND ${edgeRangesSql('"removedAt"', 2, partial)})`,
            [associationId, ...edgeParams(partial)],
          )
        : [],
    ]);
    const edgeDays = new Set(span.edgeDays);
    const inPeriod = (day: string) => day >= span.fromDay && day < span.toDay && !edgeDays.has(day);
    const within = (t: Date | null, lo: Date, hi: Date) => t !== null && t >= lo && t < hi;
    let joined = 0;
    let left = 0;
    for (const d of days)
      if (inPeriod(d.day)) {
        joined += d.joined;
        left += d.left;
      }
    for (const r of records)
      for (const e of span.edges) {
        if (within(r.createdAt, e.lo, e.hi)) joined += 1;
        if (within(r.removedAt, e.lo, e.hi)) left += 1;
      }
    const membersAt = at.map((t) => {
      const day = utcDay(t);
      const dayStart = new Date(t.getTime() - (t.getTime() % DAY_MS));
      let members = 0;
      for (const d of days) if (d.day < day) members += d.joined - d.ended;
      for (const r of records) {
        const ended = r.removedAt === null ? null : r.removedAt > r.createdAt ? r.removedAt : r.createdAt;
        if (within(r.createdAt, dayStart, t)) members += 1;
        if (within(ended, dayStart, t)) members -= 1;
      }
      return members;
    });
    return { joined, left, membersAt };
  }

  /**
   * The members who acted in some of a UTC year's months, counted per set of months, as SQL for the
   * caller's statement (ADR 0030: one statement stays one statement): rows (bits, n) where `n` members
   * (added up over the rows of one `bits`: a set may come several times, some with a negative n) acted
   * in exactly the months of `bits`, bit `month - months[0].month` set when the member has a counted
   * record (a post, comment, reaction, project, vote, participation, campaign, offer, redemption,
   * cashmob or support) on a day asked for of that month: its days but the first and last, and its first
   * or last day when `firstDay` or `lastDay`. A set 0 counts the members with none (leave it out).
   *
   * `extra` names a relation of the caller's statement with columns (m, bits): members (each once) whose
   * set gets these bits too (in the same numbering), e.g. from the records of days cut; a member there
   * without a record in the year counts with them alone.
   *
   * From the sets the members' years make (`membership_activity_sets`, migration
   * MembershipActivitySets, ADR 0049): a row per distinct set of the year, whatever the number of members,
   * and the years of the members in `extra`, each by its key (`membership_activity_years`, ADR 0044: a
   * subquery per member, as a join would read every member's year when PostgreSQL's estimate of `extra`
   * is off). The association is the caller's parameter `association` (e.g. '$1'); this fragment's
   * parameters are numbered from `first` and their values are `params`.
   */
  activeMonthSetsSql(
    association: string,
    first: number,
    year: number,
    months: readonly ActivityMonth[],
    extra: string,
  ): { sql: string; params: unknown[] } {
    const mask = (wanted: (m: ActivityMonth) => boolean) =>
      months.filter(wanted).reduce((bits, m) => bits | (1 << (m.month - 1)), 0);
    const asked = (column: string) =>
      `(((${column} & $${first}::bigint) | ((${column} >> 12) & $${first + 1}::bigint) | ((${column} >> 24) & $${first + 2}::bigint)) >> $${first + 4}::int)`;
    const year$ = `$${first + 3}::smallint`;
    return {
      sql: `SELECT ${asked('s."months"')} AS bits, s."members" AS n FROM membership_activity_sets s
             WHERE s."associationId" = ${association} AND s."year" = ${year$}
            UNION ALL
            SELECT c.bits, c.n FROM (
              SELECT x.bits AS extra, coalesce((SELECT ${asked('y."months"')} FROM membership_activity_years y
                                                 WHERE y."associationId" = ${association} AND y."year" = ${year$} AND y."membershipId" = x.m), 0) AS bits
                FROM ${extra} x) x
             CROSS JOIN LATERAL (VALUES (x.bits, -1), (x.bits | x.extra, 1)) c(bits, n)`,
      params: [mask(() => true), mask((m) => m.firstDay), mask((m) => m.lastDay), year, months[0].month - 1],
    };
  }
}
