import { CalendarEvent, nextDay } from '@assoc/calendar-domain';
import { icsCalendar } from '@assoc/platform-api';

export interface CalendarIcsOptions {
  /** The calendar's name, shown by calendar apps ("Les Vitrines de Vitré"). */
  name: string;
  timeZone: string;
  /** The app's address, for each event's link and the UIDs' domain. */
  publicUrl: string;
  /** When the file is made (the clock's now). */
  stamp: Date;
}

/** The association's calendar events as an iCalendar file; UIDs from the kind and id (stable). */
export function calendarIcs(events: readonly CalendarEvent[], options: CalendarIcsOptions): string {
  const host = new URL(options.publicUrl).hostname || 'localhost';
  const base = options.publicUrl.replace(/\/$/, '');
  return icsCalendar(
    events.map((e) => ({
      uid: `${e.kind.toLowerCase()}-${e.id}@${host}`,
      summary: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      day: e.day,
      endDay: e.day ? nextDay(e.day) : null,
      location: e.place,
      description: e.description,
      url: `${base}${e.path}`,
    })),
    { name: options.name, timeZone: options.timeZone, stamp: options.stamp },
  );
}
