import { zonedLocalToIso } from '@assoc/shared-util';
import { addDays } from './calendar-days';

/** The day after a calendar day ("2026-02-28" → "2026-03-01"). */
export function nextDay(day: string): string {
  return addDays(day, 1);
}

/**
 * An all-day event's span in UTC: the day's local midnight to the next day's, in the association's
 * time zone (23 or 25 hours long on the days the clocks change).
 */
export function allDaySpan(day: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  const at = (d: string) => new Date(zonedLocalToIso(`${d}T00:00`, timeZone) ?? NaN);
  return { startsAt: at(day), endsAt: at(nextDay(day)) };
}
