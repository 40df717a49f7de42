import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';

/** One event of an iCalendar file; an all-day event has `day` ("2026-12-24") and `endDay` (exclusive). */
export interface IcsEvent {
  /** Stable across exports, so a subscribed app updates the event rather than duplicating it. */
  uid: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  day?: string | null;
  endDay?: string | null;
  location?: string | null;
  description?: string | null;
  url?: string | null;
}

export interface IcsOptions {
  /** The calendar's name, shown by calendar apps. */
  name: string;
  /** The association's IANA time zone, written as a VTIMEZONE. */
  timeZone: string;
  /** When the file is made (the clock's now): every event's DTSTAMP, in UTC as RFC 5545 requires. */
  stamp: Date;
}

/**
 * An RFC 5545 calendar from a well-kept library (ical-generator): the time zone as a VTIMEZONE,
 * timed events at their wall time in that zone (luxon), so they stay right on both sides of a
 * daylight-saving change; all-day events as dates; text escaped and lines folded by the library.
 * The zone is given to each timed event and not to the calendar itself: ical-generator writes a
 * calendar-wide zone into DTSTAMP as floating local time, where RFC 5545 requires UTC ("...Z").
 * `X-WR-TIMEZONE` still names the zone for the apps that read it. Every line ends with CRLF, the
 * last one too (the library leaves it off).
 */
export function icsCalendar(events: readonly IcsEvent[], options: IcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'assoc', product: 'calendar', language: 'FR' },
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [{ key: 'X-WR-TIMEZONE', value: options.timeZone }],
  });
  const zoned = (d: Date) => DateTime.fromJSDate(d, { zone: options.timeZone });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      stamp: options.stamp,
      summary: e.summary,
      ...(e.day
        ? { start: e.day, end: e.endDay ?? e.day, allDay: true }
        : { start: zoned(e.startsAt), end: zoned(e.endsAt), timezone: options.timeZone }),
      location: e.location ?? undefined,
      description: e.description ?? undefined,
      url: e.url ?? undefined,
    });
  }
  return `${calendar.toString()}\r\n`;
}
