import { DateTime } from 'luxon';

/** The periods a dashboard is read over. */
export enum ImpactPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  CUSTOM = 'CUSTOM',
}

/** How a period's time series is cut: by day up to two months, by week up to about six months, else by month. */
export enum ImpactBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export interface ImpactPeriodRequest {
  kind: ImpactPeriodKind;
  /** A calendar day (yyyy-mm-dd) in the association's time zone: any day of the month, quarter or year; the first day of a custom period. */
  from: string;
  /** The last day (inclusive) of a custom period; ignored otherwise. */
  to?: string | null;
}

export interface ImpactPeriod {
  kind: ImpactPeriodKind;
  /** First and last calendar days, inclusive, in the association's time zone. */
  fromDay: string;
  toDay: string;
  /** The same period as instants: [start, end). */
  start: Date;
  end: Date;
  bucket: ImpactBucket;
  timeZone: string;
}

/** A refused field: its name in the request and a reason key of the platform's catalogue. */
export interface ImpactProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** Longest custom period, in days (three years: enough for a mandate, bounded for the database). */
export const MAX_PERIOD_DAYS = 3 * 366;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | null | undefined, timeZone: string): DateTime | null {
  if (!value || !DAY_PATTERN.test(value)) return null;
  const day = DateTime.fromISO(value, { zone: timeZone });
  return day.isValid ? day.startOf('day') : null;
}

/** The bucket that keeps a chart readable for a period of `days` days. */
export function bucketFor(days: number): ImpactBucket {
  if (days <= 62) return ImpactBucket.DAY;
  if (days <= 190) return ImpactBucket.WEEK;
  return ImpactBucket.MONTH;
}

/**
 * The period asked for, as calendar days and instants in the association's time zone (so a month
 * starts at local midnight, across daylight-saving changes), or the problems with the request.
 */
export function resolvePeriod(request: ImpactPeriodRequest, timeZone: string): ImpactPeriod | ImpactProblem[] {
  const from = parseDay(request.from, timeZone);
  if (!from) return [{ path: 'from', reason: 'invalidDay' }];
  let first: DateTime;
  let last: DateTime;
  switch (request.kind) {
    case ImpactPeriodKind.MONTH:
      [first, last] = [from.startOf('month'), from.endOf('month').startOf('day')];
      break;
    case ImpactPeriodKind.QUARTER:
      [first, last] = [from.startOf('quarter'), from.endOf('quarter').startOf('day')];
      break;
    case ImpactPeriodKind.YEAR:
      [first, last] = [from.startOf('year'), from.endOf('year').startOf('day')];
      break;
    default: {
      if (!request.to) return [{ path: 'to', reason: 'periodEndRequired' }];
      const to = parseDay(request.to, timeZone);
      if (!to) return [{ path: 'to', reason: 'invalidDay' }];
      if (to < from) return [{ path: 'to', reason: 'endBeforeStart' }];
      [first, last] = [from, to];
    }
  }
  const days = Math.round(last.diff(first, 'days').days) + 1;
  if (days > MAX_PERIOD_DAYS) return [{ path: 'to', reason: 'periodTooLong', params: { days: MAX_PERIOD_DAYS } }];
  return {
    kind: request.kind,
    fromDay: first.toISODate() as string,
    toDay: last.toISODate() as string,
    start: first.toJSDate(),
    end: last.plus({ days: 1 }).toJSDate(),
    bucket: bucketFor(days),
    timeZone,
  };
}

export interface BucketSlot {
  /** The bucket's first day inside the period (yyyy-mm-dd): its key in every series. */
  day: string;
  start: Date;
  end: Date;
}

const UNIT = { [ImpactBucket.DAY]: 'day', [ImpactBucket.WEEK]: 'week', [ImpactBucket.MONTH]: 'month' } as const;

/**
 * The buckets of a period, in order. Weeks start on Monday and months on the 1st, as PostgreSQL's
 * `date_trunc` cuts them; the first bucket is clipped to the period's first day, which is the key
 * the database's `GREATEST(date_trunc(...), fromDay)` gives too.
 */
export function bucketsOf(period: ImpactPeriod): BucketSlot[] {
  const unit = UNIT[period.bucket];
  const first = DateTime.fromISO(period.fromDay, { zone: period.timeZone });
  const end = DateTime.fromJSDate(period.end, { zone: period.timeZone });
  const slots: BucketSlot[] = [];
  let cursor = first;
  while (cursor < end) {
    const next = DateTime.min(cursor.startOf(unit).plus({ [`${unit}s`]: 1 }), end);
    slots.push({ day: cursor.toISODate() as string, start: cursor.toJSDate(), end: next.toJSDate() });
    cursor = next;
  }
  return slots;
}

/** The SQL `date_trunc` unit of a bucket. */
export function sqlBucketUnit(bucket: ImpactBucket): 'day' | 'week' | 'month' {
  return UNIT[bucket];
}
