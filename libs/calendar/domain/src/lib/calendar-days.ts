/**
 * Calendar days ("2026-12-24") in the association's time zone, whatever the browser's: the month
 * grid (Monday first), the week, and which days an event covers. Framework-free, Intl only.
 */
import { calendarDayIn, zonedLocalToIso } from '@assoc/shared-util';

/** A calendar day as "YYYY-MM-DD". */
export type Day = string;

const DAY_MS = 24 * 3600 * 1000;

function utcDate(day: Day): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** The day of `instant` in `timeZone` (an instant at 23:30 UTC is already tomorrow in Paris). */
export function dayIn(instant: Date | string, timeZone: string): Day {
  return calendarDayIn(new Date(instant), timeZone);
}

/** `day` moved by `count` days (negative: back). */
export function addDays(day: Day, count: number): Day {
  return new Date(utcDate(day).getTime() + count * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by `count` months, on the first of that month. */
export function addMonths(day: Day, count: number): Day {
  const date = utcDate(day);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1)).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: Day): number {
  return (utcDate(day).getUTCDay() + 6) % 7;
}

/** The Monday of `day`'s week. */
export function startOfWeek(day: Day): Day {
  return addDays(day, -weekdayIndex(day));
}

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

/** The seven days of `day`'s week, Monday first. */
export function weekDays(day: Day): Day[] {
  const monday = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks (Monday to Sunday) that hold a day of `day`'s month: 4 to 6 rows of 7 days. */
export function monthWeeks(day: Day): Day[][] {
  const first = startOfMonth(day);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: Day[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
}

/** The instant `day` starts in `timeZone` (its local midnight), as an ISO string. */
export function dayStartIso(day: Day, timeZone: string): string {
  return zonedLocalToIso(`${day}T00:00`, timeZone) ?? utcDate(day).toISOString();
}

/** What an event needs here: its span, and its all-day day if any. */
export interface DatedEvent {
  startsAt: string;
  endsAt: string;
  day: string | null;
}

/**
 * The days an event covers in `timeZone`: an all-day event its day; a timed one every day from its
 * start to its end (an end at midnight does not reach into the next day).
 */
export function eventDays(event: DatedEvent, timeZone: string): Day[] {
  if (event.day) return [event.day];
  const first = dayIn(event.startsAt, timeZone);
  const lastInstant = new Date(Math.max(new Date(event.startsAt).getTime(), new Date(event.endsAt).getTime() - 1));
  const last = dayIn(lastInstant, timeZone);
  const days: Day[] = [];
  for (let d = first; d <= last && days.length < 400; d = addDays(d, 1)) days.push(d);
  return days;
}

/** How an event reads on one of its days. */
export type DaySpan =
  | { kind: 'allDay' }
  | { kind: 'range'; start: string; end: string }
  | { kind: 'from'; start: string }
  | { kind: 'until'; end: string };

/** On `day`: all day, its time range, "from" its start (runs on) or "until" its end (began before). */
export function spanOn(event: DatedEvent, day: Day, timeZone: string): DaySpan {
  const days = eventDays(event, timeZone);
  if (event.day) return { kind: 'allDay' };
  const startsToday = days[0] === day;
  const endsToday = days[days.length - 1] === day;
  if (startsToday && endsToday) return { kind: 'range', start: event.startsAt, end: event.endsAt };
  if (startsToday) return { kind: 'from', start: event.startsAt };
  if (endsToday) return { kind: 'until', end: event.endsAt };
  return { kind: 'allDay' };
}
