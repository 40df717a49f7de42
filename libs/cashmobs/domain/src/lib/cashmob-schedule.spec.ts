import { isReminderDue, purgeAt, reminderDueAt, ReminderKind as R } from '../index';

const HOUR = 3600 * 1000;
const startsAt = new Date('2026-10-25T15:00:00Z'); // the day European clocks go back: UTC arithmetic is unaffected
const before = (hours: number) => new Date(startsAt.getTime() - hours * HOUR);

describe('reminders and purge', () => {
  it('reminds 24 hours and 2 hours before the start', () => {
    expect(reminderDueAt(startsAt, R.DAY_BEFORE)).toEqual(new Date('2026-10-24T15:00:00Z'));
    expect(reminderDueAt(startsAt, R.TWO_HOURS)).toEqual(new Date('2026-10-25T13:00:00Z'));
  });

  it('sends each reminder only within its window, never after the start, never two at once', () => {
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(24.01))).toBe(false);
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(24))).toBe(true);
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(3))).toBe(true);
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(2))).toBe(false);
    expect(isReminderDue(startsAt, R.TWO_HOURS, before(2.01))).toBe(false);
    expect(isReminderDue(startsAt, R.TWO_HOURS, before(1))).toBe(true);
    expect(isReminderDue(startsAt, R.TWO_HOURS, startsAt)).toBe(false);
  });

  it('skips a reminder due before the person signed up', () => {
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(4), before(5))).toBe(false);
    expect(isReminderDue(startsAt, R.TWO_HOURS, before(1), before(5))).toBe(true);
    expect(isReminderDue(startsAt, R.DAY_BEFORE, before(4), before(48))).toBe(true);
  });

  it('purges 30 days after the end', () => {
    expect(purgeAt(new Date('2026-03-10T18:00:00Z'))).toEqual(new Date('2026-04-09T18:00:00Z'));
  });
});
