import { CalendarEvent, CalendarEventKind } from '@assoc/calendar-domain';
import { readIcs } from '@assoc/platform-testing';
import { calendarIcs } from './calendar-ics';

const base = { description: null, shopCount: 0, shopIds: [], path: '/calendar', place: null, day: null };

/** When the files below are made. */
const stamp = new Date('2026-12-04T18:52:24Z');

/** Parses with an independent parser (ical.js), as a calendar app would, after checking the file's form. */
const parse = (text: string) => readIcs(text).events;

describe('the association calendar as iCalendar (RFC 5545)', () => {
  it('keeps wall times right on both sides of the late-October change in Europe/Paris', () => {
    const events: CalendarEvent[] = [
      // Saturday 24 October 2026, 18:00–20:00 in Paris (summer time, UTC+2).
      {
        ...base,
        key: 'MEETING:a',
        kind: CalendarEventKind.MEETING,
        id: 'a',
        title: 'Assemblée générale',
        startsAt: new Date('2026-10-24T16:00:00Z'),
        endsAt: new Date('2026-10-24T18:00:00Z'),
        place: 'Salle des fêtes',
      },
      // Sunday 25 October, 01:30 summer time to 02:30 winter time: across the change itself.
      {
        ...base,
        key: 'CASHMOB:b',
        kind: CalendarEventKind.CASHMOB,
        id: 'b',
        title: 'Boulangerie',
        startsAt: new Date('2026-10-24T23:30:00Z'),
        endsAt: new Date('2026-10-25T01:30:00Z'),
      },
      // Monday 26 October, 18:00–20:00 in Paris (winter time, UTC+1).
      {
        ...base,
        key: 'MEETING:c',
        kind: CalendarEventKind.MEETING,
        id: 'c',
        title: 'Bureau',
        startsAt: new Date('2026-10-26T17:00:00Z'),
        endsAt: new Date('2026-10-26T19:00:00Z'),
      },
    ];
    const text = calendarIcs(events, {
      name: 'Les Vitrines de Vitré',
      timeZone: 'Europe/Paris',
      publicUrl: 'https://vitre.example',
      stamp,
    });
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261024T180000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261026T180000');
    const parsed = parse(text);
    expect(parsed.map((e) => e.summary)).toEqual(['Assemblée générale', 'Boulangerie', 'Bureau']);
    // Back to instants: exactly the UTC times we started from.
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
      events.map((e) => e.startsAt.toISOString()),
    );
    expect(parsed.map((e) => e.endDate.toJSDate().toISOString())).toEqual(events.map((e) => e.endsAt.toISOString()));
    expect(parsed[1].duration.toSeconds()).toBe(2 * 3600);
    expect(parsed[0].location).toBe('Salle des fêtes');
    expect(parsed[0].uid).toBe('meeting-a@vitre.example');
  });

  it('writes a milestone as an all-day date', () => {
    const text = calendarIcs(
      [
        {
          ...base,
          key: 'MILESTONE:m',
          kind: CalendarEventKind.MILESTONE,
          id: 'm',
          title: 'Affiches en vitrine',
          startsAt: new Date('2026-12-11T23:00:00Z'),
          endsAt: new Date('2026-12-12T23:00:00Z'),
          day: '2026-12-12',
          path: '/projects/p',
        },
      ],
      {
        name: 'x',
        timeZone: 'Europe/Paris',
        publicUrl: 'http://localhost:3000',
        stamp,
      },
    );
    const [milestone] = parse(text);
    expect(milestone.startDate.isDate).toBe(true);
    expect(milestone.startDate.toString()).toBe('2026-12-12');
    expect(text).toContain('URL;VALUE=URI:http://localhost:3000/projects/p');
  });

  it('stamps every event in UTC when the file is made, and ends every line with CRLF', () => {
    const events: CalendarEvent[] = [
      {
        ...base,
        key: 'MEETING:s',
        kind: CalendarEventKind.MEETING,
        id: 's',
        title: 'Réunion du bureau, avec un titre assez long pour que la ligne soit repliée à 75 octets',
        startsAt: new Date('2026-12-10T17:00:00Z'),
        endsAt: new Date('2026-12-10T19:00:00Z'),
      },
    ];
    const text = calendarIcs(events, {
      name: 'Les Vitrines de Vitré',
      timeZone: 'Europe/Paris',
      publicUrl: 'https://vitre.example',
      stamp,
    });
    expect(text).toContain('DTSTAMP:20261204T185224Z\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-TIMEZONE:Europe/Paris\r\n');
    const { events: parsed, stamps } = readIcs(text);
    expect(stamps).toEqual([stamp]);
    expect(parsed[0].summary).toBe(events[0].title);
    expect(parsed[0].startDate.toJSDate()).toEqual(events[0].startsAt);
  });

  it('is refused by the strict reader when DTSTAMP is floating or the last CRLF is missing', () => {
    const good = calendarIcs([], { name: 'x', timeZone: 'Europe/Paris', publicUrl: 'http://localhost', stamp });
    expect(() => readIcs(good.trimEnd())).toThrow(/last line has no CRLF/);
    const floating = calendarIcs(
      [
        {
          ...base,
          key: 'MEETING:f',
          kind: CalendarEventKind.MEETING,
          id: 'f',
          title: 'F',
          startsAt: stamp,
          endsAt: stamp,
        },
      ],
      { name: 'x', timeZone: 'Europe/Paris', publicUrl: 'http://localhost', stamp },
    ).replace('DTSTAMP:20261204T185224Z', 'DTSTAMP:20261204T185224');
    expect(() => readIcs(floating)).toThrow(/DTSTAMP must be in UTC/);
  });
});
