import { icsCalendar } from './cashmob-ics';
import { checkInCode, hashManageToken, newSlug, signUpIdOfCheckInCode } from './cashmob-tokens';

describe('cashmob .ics and tokens', () => {
  it('writes a valid UTC event, escaped and folded', () => {
    const ics = icsCalendar({
      uid: 'abc@cashmob',
      startsAt: new Date('2026-06-12T14:00:00Z'),
      endsAt: new Date('2026-06-12T16:00:00Z'),
      stamp: new Date('2026-06-01T08:00:00.123Z'),
      summary: 'Cashmob : Librairie La Plume',
      location: '3 rue Baudrairie, 35500 Vitré',
      description: 'Rendez-vous devant la fontaine; venez nombreux\nà bientôt '.repeat(3),
      url: 'https://example.fr/c/x',
    });
    expect(ics).toContain('DTSTART:20260612T140000Z\r\n');
    expect(ics).toContain('DTEND:20260612T160000Z\r\n');
    expect(ics).toContain('DTSTAMP:20260601T080000Z\r\n');
    expect(ics).toContain('LOCATION:3 rue Baudrairie\\, 35500 Vitré\r\n');
    expect(ics).toContain('fontaine\\; venez');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('makes unguessable slugs, keyed token hashes and check-in codes that cannot be forged', () => {
    expect(newSlug()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hashManageToken('t', 'k1')).not.toBe(hashManageToken('t', 'k2'));
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const code = checkInCode(id, 'secret');
    expect(signUpIdOfCheckInCode(code, 'secret')).toBe(id);
    expect(signUpIdOfCheckInCode(code, 'other')).toBeNull();
    expect(signUpIdOfCheckInCode(`${id}.AAAAAAAAAAAAAAAA`, 'secret')).toBeNull();
    expect(signUpIdOfCheckInCode('nonsense', 'secret')).toBeNull();
  });
});
