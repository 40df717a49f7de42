/**
 * Figures kept per UTC day by a domain's triggers (its "daily counts" roll-up), read over buckets cut at
 * any instants (an association's local midnights). A roll-up keyed by the UTC day needs no time zone
 * when it is written, so it stays right when an association changes its zone or when a clock moves
 * (records dated in the past or the future are counted on their own day, whatever "now" is).
 *
 * A bucket [cut, next cut) of a period [start, end) is then: the whole UTC days inside it, read from the
 * roll-up (no cut falls inside a whole day, so the day's midnight finds its bucket), plus the UTC days
 * with a cut inside them (at most one per cut that is not a UTC midnight), read from the records
 * themselves, clipped to [start, end), each record finding its bucket by its own instant.
 */
export interface DayRollupSpan {
  /** The roll-up's whole days: fromDay <= day < toDay (yyyy-mm-dd, UTC), except `edgeDays`. */
  fromDay: string;
  toDay: string;
  /** The UTC days (yyyy-mm-dd) with a cut strictly inside them: read from the records. */
  edgeDays: string[];
  /** Those days as instants [lo, hi), clipped to the period, the days that follow one another joined. */
  edges: { lo: Date; hi: Date }[];
}

const DAY_MS = 86_400_000;
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Ranges sorted by their start, with the ones that touch made one: a month cut at every local
 * midnight (every UTC day an edge) is one range, not 31 ranges for the planner to weigh one by one.
 */
export function joinedRanges(ranges: readonly { lo: Date; hi: Date }[]): { lo: Date; hi: Date }[] {
  const joined: { lo: Date; hi: Date }[] = [];
  for (const r of [...ranges].sort((a, b) => a.lo.getTime() - b.lo.getTime())) {
    const last = joined[joined.length - 1];
    if (last && r.lo.getTime() <= last.hi.getTime()) {
      if (r.hi > last.hi) last.hi = r.hi;
    } else joined.push({ lo: r.lo, hi: r.hi });
  }
  return joined;
}

/** How [start, end) cut at `cuts` (the buckets' first instants) reads a daily roll-up. */
export function dayRollupSpan(start: Date, end: Date, cuts: readonly Date[]): DayRollupSpan {
  const days = new Set<number>();
  for (const at of [start, ...cuts, end])
    if (at.getTime() % DAY_MS !== 0) days.add(at.getTime() - (at.getTime() % DAY_MS));
  const edges = joinedRanges(
    [...days]
      .map((day) => ({
        lo: new Date(Math.max(day, start.getTime())),
        hi: new Date(Math.min(day + DAY_MS, end.getTime())),
      }))
      .filter((e) => e.lo < e.hi),
  );
  return {
    fromDay: utcDay(start),
    toDay: utcDay(end),
    edgeDays: [...days].sort((a, b) => a - b).map((day) => utcDay(new Date(day))),
    edges,
  };
}

/**
 * The SQL condition "`column` falls in one of the edge days (clipped to the period)", its bounds as
 * parameters `$first`, `$first + 1`… (`edgeParams` gives their values, in that order). One range per
 * day with its own bounds, rather than a join over an array of days, so that PostgreSQL estimates each
 * range from its statistics (a few rows, read through the (association, time) index) instead of
 * guessing a third of the table and planning parallel workers for a millisecond's reading.
 */
export function edgeRangesSql(column: string, first: number, span: Pick<DayRollupSpan, 'edges'>): string {
  if (!span.edges.length) return 'false';
  return `(${span.edges.map((_, i) => `${column} >= $${first + 2 * i} AND ${column} < $${first + 2 * i + 1}`).join(' OR ')})`;
}

/** The values of `edgeRangesSql`'s parameters. */
export function edgeParams(span: Pick<DayRollupSpan, 'edges'>): Date[] {
  return span.edges.flatMap((e) => [e.lo, e.hi]);
}
