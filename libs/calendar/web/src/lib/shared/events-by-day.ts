import { Day, eventDays } from '@assoc/calendar-domain';
import type { CalendarEvent } from './event-kinds';

/** The events of each day they cover, all-day ones first, then by start. */
export function eventsByDay(events: readonly CalendarEvent[], timeZone: string): Map<Day, CalendarEvent[]> {
  const map = new Map<Day, CalendarEvent[]>();
  for (const event of events)
    for (const day of eventDays(event, timeZone)) map.set(day, [...(map.get(day) ?? []), event]);
  for (const list of map.values())
    list.sort(
      (a, b) => Number(!!b.day) - Number(!!a.day) || a.startsAt.localeCompare(b.startsAt) || a.key.localeCompare(b.key),
    );
  return map;
}
