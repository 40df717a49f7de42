/**
 * Dates as people and clients write them, checked strictly: JavaScript's `Date` rolls impossible
 * values over (`new Date('2026-02-30')` is 2 March, `Date.UTC(2026, 3, 31)` is 1 May), so every
 * date-only or date-time string is checked here before it becomes a `Date`. Framework-free.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO 8601 / RFC 3339 date, or date-time with optional seconds, fraction and offset:
 * "2026-12-24", "2026-12-24T18:00", "2026-12-24T18:00:00.000Z", "2026-12-24T18:00:00+01:00".
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

/** Whether year, month and day name a day of the Gregorian calendar (29 February only in leap years). */
export function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-12-24" is a day; "2026-02-30", "2026-13-01" and "26-12-01" are not. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return dayExists(year, month, day);
}

/** Why a date string is refused: not written as ISO 8601 (`format`), or naming a day or time that does not exist (`calendar`). */
export type DateStringProblem = 'format' | 'calendar';

/**
 * What is wrong with an ISO date or date-time string, or null when it names a real instant: the day
 * exists, the time is within 00:00–23:59:59 and the offset within ±23:59.
 */
export function dateStringProblem(value: string): DateStringProblem | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return 'format';
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (!dayExists(year, month, day)) return 'calendar';
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return 'calendar';
  return Number.isNaN(new Date(value).getTime()) ? 'format' : null;
}

/** The instant an ISO date or date-time string names, or null when it is malformed or impossible (see dateStringProblem). */
export function parseDateString(value: string): Date | null {
  return dateStringProblem(value) === null ? new Date(value) : null;
}

/** A date-time's own offset at its end: "Z" or "+01:00" ("+0100"). */
const ZONE = /(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * What is wrong with a string meant as one instant, or null: as dateStringProblem, and `zone` when
 * it carries no offset ("2026-12-24T18:00", or a day alone), which `new Date()` would read in the
 * machine's own time zone, or at UTC midnight for a day.
 */
export function instantStringProblem(value: string): DateStringProblem | 'zone' | null {
  return dateStringProblem(value) ?? (ZONE.test(value) && value.length > 10 ? null : 'zone');
}
