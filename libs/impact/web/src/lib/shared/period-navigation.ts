import { formatDay } from '@assoc/shared-util';

/** The period picker's arithmetic on calendar days (yyyy-mm-dd), free of any time zone. */
export type PeriodKindName = 'MONTH' | 'QUARTER' | 'YEAR' | 'CUSTOM';
export type BucketName = 'DAY' | 'WEEK' | 'MONTH';

const MONTHS_PER_STEP: Record<Exclude<PeriodKindName, 'CUSTOM'>, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar day in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The day `step` periods before or after `day` (the first of its month for month, quarter and year). */
export function shiftAnchor(kind: Exclude<PeriodKindName, 'CUSTOM'>, day: string, step: number): string {
  const [y, m] = parts(day);
  return iso(new Date(Date.UTC(y, m - 1 + MONTHS_PER_STEP[kind] * step, 1)));
}

/** A custom period moved by its own length. */
export function shiftRange(from: string, to: string, step: number): { from: string; to: string } {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const start = Date.UTC(fy, fm - 1, fd);
  const length = Math.round((Date.UTC(ty, tm - 1, td) - start) / 86_400_000) + 1;
  const shift = step * length * 86_400_000;
  return { from: iso(new Date(start + shift)), to: iso(new Date(Date.UTC(ty, tm - 1, td) + shift)) };
}

/** Through shared-util's formatDay, as the PDF writes them: "1er mars" in French. */
function format(day: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return formatDay(day, language, options);
}

/** "mars 2026", "T1 2026" / "Q1 2026", "2026", "1er mars – 10 avr. 2026". */
export function periodTitle(period: { kind: string; fromDay: string; toDay: string }, language: string): string {
  const [y, m] = parts(period.fromDay);
  switch (period.kind) {
    case 'MONTH':
      return format(period.fromDay, language, { month: 'long', year: 'numeric' });
    case 'QUARTER':
      return `${language === 'en' ? 'Q' : 'T'}${Math.floor((m - 1) / 3) + 1} ${y}`;
    case 'YEAR':
      return String(y);
    default:
      return `${format(period.fromDay, language, { day: 'numeric', month: 'short', year: 'numeric' })} – ${format(period.toDay, language, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  }
}

/** A bucket's label on a chart's axis: "3 mars", "5 oct." (a week), "mars 2026". */
export function bucketLabel(day: string, bucket: BucketName, language: string): string {
  if (bucket === 'MONTH') return format(day, language, { month: 'short', year: 'numeric' });
  return format(day, language, { day: 'numeric', month: 'short' });
}
