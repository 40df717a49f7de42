export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);

export interface TimeRange {
  opens: string;
  closes: string;
}

export interface DayHours {
  day: Weekday;
  periods: TimeRange[];
}

export interface OpeningHoursProblem {
  /** Path inside the opening hours list, e.g. "2.periods.0.closes". */
  path: string;
  reason: 'isTime' | 'periodOrder' | 'periodsOverlap' | 'dayRepeated' | 'isEnum';
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for "HH:MM", or null when it does not parse. "24:00" closes at midnight. */
export function parseTime(value: string): number | null {
  if (value === '24:00') return 24 * 60;
  const match = TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * Checks a week of opening hours: each day at most once, times as HH:MM, each period closing after it
 * opens, and no two periods of a day overlapping. Returns every problem found (empty when valid).
 */
export function openingHoursProblems(days: readonly DayHours[]): OpeningHoursProblem[] {
  const problems: OpeningHoursProblem[] = [];
  const seen = new Set<string>();
  days.forEach((day, d) => {
    if (!WEEKDAYS.includes(day.day)) problems.push({ path: `${d}.day`, reason: 'isEnum' });
    else if (seen.has(day.day)) problems.push({ path: `${d}.day`, reason: 'dayRepeated' });
    seen.add(day.day);

    const parsed: { start: number; end: number; index: number }[] = [];
    day.periods.forEach((period, p) => {
      const start = period.opens === '24:00' ? null : parseTime(period.opens);
      const end = parseTime(period.closes);
      if (start === null) problems.push({ path: `${d}.periods.${p}.opens`, reason: 'isTime' });
      if (end === null) problems.push({ path: `${d}.periods.${p}.closes`, reason: 'isTime' });
      if (start === null || end === null) return;
      if (end <= start) problems.push({ path: `${d}.periods.${p}.closes`, reason: 'periodOrder' });
      else parsed.push({ start, end, index: p });
    });
    parsed.sort((a, b) => a.start - b.start);
    for (let i = 1; i < parsed.length; i++) {
      if (parsed[i].start < parsed[i - 1].end) {
        problems.push({ path: `${d}.periods.${parsed[i].index}.opens`, reason: 'periodsOverlap' });
      }
    }
  });
  return problems;
}

/** The week in calendar order, each day's periods sorted, closed days dropped. */
export function normalizeOpeningHours(days: readonly DayHours[]): DayHours[] {
  return WEEKDAYS.map((weekday) => days.find((d) => d.day === weekday))
    .filter((d): d is DayHours => !!d && d.periods.length > 0)
    .map((d) => ({ day: d.day, periods: [...d.periods].sort((a, b) => a.opens.localeCompare(b.opens)) }));
}

/** One weekday of a shop's week as a reader sees it. */
export interface OpeningLine {
  day: Weekday;
  /** "Lundi" / "Monday". */
  label: string;
  /** "09:00 – 12:30" in French, "09:00 AM – 12:30 PM" in English; empty when closed. */
  periods: string[];
  /** The association's today. */
  today: boolean;
}

// 2024-01-01 was a Monday.
const MONDAY_UTC = Date.UTC(2024, 0, 1, 12);

/** Weekday name in the reader's language, capitalised ("Lundi", "Monday"). */
export function weekdayName(day: Weekday | `${Weekday}`, lang: string): string {
  const index = WEEKDAYS.indexOf(day as Weekday);
  const name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(MONDAY_UTC + index * 86_400_000),
  );
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "09:00" -> "09:00" in French, "09:00 AM" in English. */
export function formatTime(value: string, lang: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

/** The weekday of `now` in a time zone (the association's). */
export function weekdayIn(timeZone: string, now: Date = new Date()): Weekday {
  try {
    return new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone }).format(now).toUpperCase() as Weekday;
  } catch {
    return WEEKDAYS[(now.getDay() + 6) % 7];
  }
}

/** One line per weekday, Monday first, closed days included, the association's today marked. */
export function openingLines(
  hours: readonly { day: Weekday | `${Weekday}`; periods: readonly TimeRange[] }[],
  lang: string,
  timeZone: string,
  now: Date = new Date(),
): OpeningLine[] {
  const today = weekdayIn(timeZone, now);
  return WEEKDAYS.map((day) => {
    const periods = hours.find((h) => h.day === day)?.periods ?? [];
    return {
      day,
      label: weekdayName(day, lang),
      periods: periods.map((p) => `${formatTime(p.opens, lang)} – ${formatTime(p.closes, lang)}`),
      today: day === today,
    };
  });
}
