import { readIcs } from '@assoc/platform-testing';
import { cashmobIcs } from './cashmob-ics';
import { CashmobEntity } from './cashmob.entity';

const association = { name: 'Les Vitrines de Vitré', timeZone: 'Europe/Paris' };
const shop = {
  name: 'Pâtisserie « Les Délices de la Baudrairie » — maison fondée en 1923',
  address: '12 rue de la Baudrairie, à l’angle de la place du Marchix',
  postcode: '35500',
  town: 'Vitré',
};
const stamp = new Date('2026-03-20T09:15:00Z');

const file = (id: string, startsAt: string, endsAt: string) =>
  cashmobIcs(
    {
      id,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      meetingPoint: 'Devant la fontaine',
      message: 'Venez nombreux : chaque achat compte, et les crêpes sont offertes à 16 h.',
    } as CashmobEntity,
    shop,
    association,
    'https://vitrines.example/c/abc',
    stamp,
  );

describe('a cashmob as an iCalendar file (RFC 5545), read by ical.js', () => {
  it('keeps 16:00 in Paris on both sides of the late-March change, folds long lines at 75 octets and stamps in UTC', () => {
    // Saturday 28 March 2026, 16:00–18:00 in Paris (winter time, UTC+1), and Saturday 4 April (summer time, UTC+2).
    const before = file('6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40', '2026-03-28T15:00:00Z', '2026-03-28T17:00:00Z');
    const after = file('7a2d3d2f-9e5c-4a8f-8e8b-1c9d2e3f4a51', '2026-04-04T14:00:00Z', '2026-04-04T16:00:00Z');
    expect(before).toContain('DTSTART;TZID=Europe/Paris:20260328T160000\r\n');
    expect(after).toContain('DTSTART;TZID=Europe/Paris:20260404T160000\r\n');
    for (const [text, start, end] of [
      [before, '2026-03-28T15:00:00.000Z', '2026-03-28T17:00:00.000Z'],
      [after, '2026-04-04T14:00:00.000Z', '2026-04-04T16:00:00.000Z'],
    ]) {
      // CRLF after every line, no line over 75 octets, DTSTAMP in UTC (readIcs throws otherwise).
      const { events, stamps } = readIcs(text);
      expect(stamps).toEqual([stamp]);
      expect([events[0].startDate.toJSDate().toISOString(), events[0].endDate.toJSDate().toISOString()]).toEqual([
        start,
        end,
      ]);
      // The long, accented lines were folded (between characters, not inside one) and read back whole.
      expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
      expect(events[0].summary).toBe(`Cashmob : ${shop.name}`);
      expect(events[0].location).toBe(`${shop.address}, 35500 Vitré`);
      expect(events[0].description).toContain('les crêpes sont offertes à 16 h.');
    }
  });
});
