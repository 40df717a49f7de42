import { dateStringProblem, dayExists, instantStringProblem, isCalendarDay, parseDateString } from './calendar-date';

describe('calendar dates', () => {
  it('knows which days exist, leap years included', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('2100-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-00-10')).toBe(false);
    expect(isCalendarDay('2026-12-00')).toBe(false);
    expect(isCalendarDay('26-12-01')).toBe(false);
    expect(isCalendarDay('2026-12-31')).toBe(true);
    expect(dayExists(24, 2, 29)).toBe(true);
    expect(dayExists(23, 2, 29)).toBe(false);
  });

  it('refuses the date-times that Date would roll over, and malformed ones', () => {
    expect(dateStringProblem('2026-02-30')).toBe('calendar');
    expect(dateStringProblem('2026-04-31T10:00:00+02:00')).toBe('calendar');
    expect(dateStringProblem('2026-04-30T24:00:00Z')).toBe('calendar');
    expect(dateStringProblem('2026-04-30T23:60Z')).toBe('calendar');
    expect(dateStringProblem('2026-04-30T10:00:00+24:00')).toBe('calendar');
    expect(dateStringProblem('April 31, 2026')).toBe('format');
    expect(dateStringProblem('1777000000000')).toBe('format');
    expect(dateStringProblem('')).toBe('format');
    expect(dateStringProblem('2026-04-30T10:00:00.123456Z')).toBeNull();
    expect(dateStringProblem('2026-04-30T10:00')).toBeNull();
    expect(dateStringProblem('2028-02-29')).toBeNull();
  });

  it('parses only what exists', () => {
    expect(parseDateString('2026-02-30')).toBeNull();
    expect(parseDateString('2026-04-30T10:00:00+02:00')?.toISOString()).toBe('2026-04-30T08:00:00.000Z');
    expect(parseDateString('2026-12-24')?.toISOString()).toBe('2026-12-24T00:00:00.000Z');
  });
});

describe('instantStringProblem', () => {
  it('takes a date-time with its offset, and refuses one without, an impossible one, or a day alone', () => {
    expect(instantStringProblem('2026-12-24T18:00:00.000Z')).toBeNull();
    expect(instantStringProblem('2026-12-24T18:00+01:00')).toBeNull();
    expect(instantStringProblem('2026-12-24T18:00:00')).toBe('zone');
    expect(instantStringProblem('2026-12-24')).toBe('zone');
    expect(instantStringProblem('2026-02-30T10:00:00Z')).toBe('calendar');
    expect(instantStringProblem('tomorrow')).toBe('format');
  });
});
