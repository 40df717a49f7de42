import {
  addDays,
  addMonths,
  dayIn,
  dayStartIso,
  eventDays,
  monthWeeks,
  spanOn,
  startOfWeek,
  weekDays,
} from './calendar-days';

describe('calendar days in the association’s time zone', () => {
  it('reads an instant’s day in the zone, not in UTC', () => {
    expect(dayIn('2026-12-24T23:30:00Z', 'Europe/Paris')).toBe('2026-12-25');
    expect(dayIn('2026-12-25T03:00:00Z', 'America/New_York')).toBe('2026-12-24');
  });

  it('moves by days and months, across the end of the year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
  });

  it('lays out a month Monday first, whole weeks', () => {
    const weeks = monthWeeks('2026-12-10');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks[4][6]).toBe('2027-01-03');
    expect(monthWeeks('2027-02-01')).toHaveLength(4);
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(weekDays('2026-12-01')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('starts a day at its local midnight', () => {
    expect(dayStartIso('2026-12-01', 'Europe/Paris')).toBe('2026-11-30T23:00:00.000Z');
    expect(dayStartIso('2026-07-01', 'Europe/Paris')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('spreads an event over the days it covers', () => {
    const campaign = { startsAt: '2026-12-05T08:00:00Z', endsAt: '2026-12-07T19:00:00Z', day: null };
    expect(eventDays(campaign, 'Europe/Paris')).toEqual(['2026-12-05', '2026-12-06', '2026-12-07']);
    expect(spanOn(campaign, '2026-12-05', 'Europe/Paris').kind).toBe('from');
    expect(spanOn(campaign, '2026-12-06', 'Europe/Paris').kind).toBe('allDay');
    expect(spanOn(campaign, '2026-12-07', 'Europe/Paris').kind).toBe('until');
    const toMidnight = { startsAt: '2026-12-05T19:00:00Z', endsAt: '2026-12-05T23:00:00Z', day: null };
    expect(eventDays(toMidnight, 'Europe/Paris')).toEqual(['2026-12-05']);
    expect(spanOn(toMidnight, '2026-12-05', 'Europe/Paris').kind).toBe('range');
    const milestone = { startsAt: '2026-12-23T23:00:00Z', endsAt: '2026-12-24T23:00:00Z', day: '2026-12-24' };
    expect(eventDays(milestone, 'Europe/Paris')).toEqual(['2026-12-24']);
    expect(spanOn(milestone, '2026-12-24', 'Europe/Paris')).toEqual({ kind: 'allDay' });
  });
});
