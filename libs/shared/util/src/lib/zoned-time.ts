import { dayExists } from './calendar-date';

/**
 * Converting between an `<input type="datetime-local">` value ("2026-12-01T18:00"), read as a wall
 * clock time in the association's time zone, and an ISO instant. Framework-free, Intl only.
 */

/** The offset of `timeZone` from UTC at `instant`, in minutes (Paris in winter: 60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-12-01T18:00" in Europe/Paris → "2026-12-01T17:00:00.000Z"; null when not a valid value. */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  // Date.UTC would roll 31 April over to 1 May, and 24:00 over to the next day.
  if (!dayExists(y, mo, d) || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset around daylight-saving changes.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  const date = new Date(guess);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as a datetime-local value in `timeZone` ("2026-12-01T18:00"). */
export function isoToZonedLocal(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() + offsetMinutes(date, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Now, to the minute, in `timeZone`, as a datetime-local value (the default date of a money form). */
export function nowZonedLocal(timeZone: string): string {
  return isoToZonedLocal(new Date().toISOString(), timeZone);
}
