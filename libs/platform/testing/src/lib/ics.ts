import ICAL from 'ical.js';

export interface ReadIcs {
  events: ICAL.Event[];
  /** Each event's DTSTAMP, read as UTC. */
  stamps: Date[];
}

/**
 * Reads an iCalendar file as a calendar app does (ical.js, with its VTIMEZONEs registered), after
 * checking the form RFC 5545 requires and that app parsers are lenient about: CRLF after every line
 * (the last one too), lines folded at 75 octets, and every DTSTAMP in UTC (ical.js reads one without
 * "Z" as floating local time). Throws naming the first rule broken.
 */
export function readIcs(text: string): ReadIcs {
  if (!text.endsWith('\r\n'))
    throw new Error(`iCalendar: the last line has no CRLF: ${JSON.stringify(text.slice(-20))}`);
  const lines = text.slice(0, -2).split('\r\n');
  const bare = lines.find((line) => /[\r\n]/.test(line));
  if (bare !== undefined) throw new Error(`iCalendar: a line break that is not CRLF in ${JSON.stringify(bare)}`);
  const long = lines.find((line) => Buffer.byteLength(line, 'utf8') > 75);
  if (long !== undefined) throw new Error(`iCalendar: a line longer than 75 octets: ${JSON.stringify(long)}`);
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const stamps = vevents.map((vevent) => {
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    if (!(stamp instanceof ICAL.Time) || stamp.zone?.tzid !== 'UTC') {
      throw new Error(`iCalendar: DTSTAMP must be in UTC, read ${vevent.getFirstProperty('dtstamp')?.toICALString()}`);
    }
    return stamp.toJSDate();
  });
  return { events: vevents.map((vevent) => new ICAL.Event(vevent)), stamps };
}
