import { normalizeOpeningHours, openingHoursProblems, openingLines, parseTime, Weekday } from '../index';

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

describe('opening lines', () => {
  const week = [
    {
      day: Weekday.MONDAY,
      periods: [
        { opens: '07:00', closes: '13:00' },
        { opens: '15:00', closes: '19:30' },
      ],
    },
  ];
  // Sunday 6 December 2026, 23:30 UTC: already Monday in Paris.
  const lateSunday = new Date('2026-12-06T23:30:00Z');

  it('lists the seven days, Monday first, closed days empty, in French', () => {
    const lines = openingLines(week, 'fr', 'Europe/Paris', lateSunday);
    expect(lines.map((l) => l.label)).toEqual([
      'Lundi',
      'Mardi',
      'Mercredi',
      'Jeudi',
      'Vendredi',
      'Samedi',
      'Dimanche',
    ]);
    expect(lines[0].periods).toEqual(['07:00 – 13:00', '15:00 – 19:30']);
    expect(lines[1].periods).toEqual([]);
  });

  it("writes English times with AM/PM and marks the association's today", () => {
    const lines = openingLines(week, 'en', 'Europe/Paris', lateSunday);
    expect(lines[0]).toEqual({
      day: Weekday.MONDAY,
      label: 'Monday',
      periods: ['07:00 AM – 01:00 PM', '03:00 PM – 07:30 PM'],
      today: true,
    });
    expect(openingLines(week, 'en', 'UTC', lateSunday).find((l) => l.today)?.day).toBe(Weekday.SUNDAY);
  });
});
