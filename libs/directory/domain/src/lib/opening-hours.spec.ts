import { normalizeOpeningHours, openingHoursProblems, parseTime, Weekday } from '../index';

describe('opening hours', () => {
  it('parses HH:MM and refuses what does not parse', () => {
    expect(parseTime('09:30')).toBe(570);
    expect(parseTime('24:00')).toBe(1440);
    expect(parseTime('9h30')).toBeNull();
    expect(parseTime('25:00')).toBeNull();
  });

  it('accepts a usual shop week with a lunch break', () => {
    const week = [
      {
        day: Weekday.TUESDAY,
        periods: [
          { opens: '14:00', closes: '19:00' },
          { opens: '09:00', closes: '12:30' },
        ],
      },
      { day: Weekday.SATURDAY, periods: [{ opens: '09:00', closes: '19:00' }] },
    ];
    expect(openingHoursProblems(week)).toEqual([]);
    expect(normalizeOpeningHours(week)[0].periods.map((p) => p.opens)).toEqual(['09:00', '14:00']);
  });

  it('names each problem with its place', () => {
    const problems = openingHoursProblems([
      {
        day: Weekday.MONDAY,
        periods: [
          { opens: '9h', closes: '12:00' },
          { opens: '14:00', closes: '13:00' },
        ],
      },
      {
        day: Weekday.MONDAY,
        periods: [
          { opens: '09:00', closes: '12:00' },
          { opens: '11:00', closes: '18:00' },
        ],
      },
    ]);
    expect(problems).toEqual([
      { path: '0.periods.0.opens', reason: 'isTime' },
      { path: '0.periods.1.closes', reason: 'periodOrder' },
      { path: '1.day', reason: 'dayRepeated' },
      { path: '1.periods.1.opens', reason: 'periodsOverlap' },
    ]);
  });
});
