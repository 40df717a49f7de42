import { cashmobGroup, groupCashmobs } from './cashmob-groups';

const now = new Date('2026-06-12T12:00:00Z');
const at = (status: string, startsAt: string, endsAt: string) => ({ status, startsAt, endsAt });

describe('cashmobGroup', () => {
  it('puts open proposals before their start in "awaiting"', () => {
    expect(cashmobGroup(at('PROPOSED', '2026-06-20T14:00:00Z', '2026-06-20T16:00:00Z'), now)).toBe('awaiting');
    expect(cashmobGroup(at('COUNTER_PROPOSED', '2026-06-20T14:00:00Z', '2026-06-20T16:00:00Z'), now)).toBe('awaiting');
  });

  it('keeps a published cashmob upcoming until its end, then past', () => {
    expect(cashmobGroup(at('PUBLISHED', '2026-06-12T11:00:00Z', '2026-06-12T13:00:00Z'), now)).toBe('upcoming');
    expect(cashmobGroup(at('PUBLISHED', '2026-06-12T09:00:00Z', '2026-06-12T11:00:00Z'), now)).toBe('past');
  });

  it('files final statuses and unanswered proposals past their start as past', () => {
    expect(cashmobGroup(at('COMPLETED', '2026-06-01T14:00:00Z', '2026-06-01T16:00:00Z'), now)).toBe('past');
    expect(cashmobGroup(at('CANCELLED', '2026-06-20T14:00:00Z', '2026-06-20T16:00:00Z'), now)).toBe('past');
    expect(cashmobGroup(at('PROPOSED', '2026-06-12T11:00:00Z', '2026-06-12T13:00:00Z'), now)).toBe('past');
  });
});

describe('groupCashmobs', () => {
  it('orders upcoming soonest first and past latest first', () => {
    const groups = groupCashmobs(
      [
        at('PUBLISHED', '2026-06-30T14:00:00Z', '2026-06-30T16:00:00Z'),
        at('COMPLETED', '2026-05-01T14:00:00Z', '2026-05-01T16:00:00Z'),
        at('PUBLISHED', '2026-06-15T14:00:00Z', '2026-06-15T16:00:00Z'),
        at('COMPLETED', '2026-06-01T14:00:00Z', '2026-06-01T16:00:00Z'),
      ],
      now,
    );
    expect(groups.upcoming.map((c) => c.startsAt)).toEqual(['2026-06-15T14:00:00Z', '2026-06-30T14:00:00Z']);
    expect(groups.past.map((c) => c.startsAt)).toEqual(['2026-06-01T14:00:00Z', '2026-05-01T14:00:00Z']);
    expect(groups.awaiting).toEqual([]);
  });
});
