import fc from 'fast-check';
import {
  capacityProblems,
  cashmobProblems,
  intendedSpendProblems,
  isEmailAddress,
  leadTimeProblems,
  normaliseEmail,
  signUpProblems,
  slotProblems,
  spendRangeProblems,
} from '../index';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const now = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('a cashmob slot', () => {
  it('starts at least the lead time ahead', () => {
    expect(slotProblems({ startsAt: at(7 * DAY), endsAt: at(7 * DAY + 2 * HOUR) }, now)).toEqual([]);
    expect(slotProblems({ startsAt: at(7 * DAY - 1), endsAt: at(7 * DAY + 2 * HOUR) }, now)).toEqual([
      { path: 'startsAt', reason: 'startTooSoon', params: { days: 7 } },
    ]);
    expect(slotProblems({ startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR) }, now, 3)).toEqual([
      { path: 'startsAt', reason: 'startTooSoon', params: { days: 3 } },
    ]);
  });

  it('says a start already past is past, whatever the lead time (never "at least 0 days ahead")', () => {
    for (const lead of [0, 7])
      expect(slotProblems({ startsAt: at(-DAY), endsAt: at(-DAY + HOUR) }, now, lead)).toEqual([
        { path: 'startsAt', reason: 'startInPast' },
      ]);
    expect(slotProblems({ startsAt: now, endsAt: at(HOUR) }, now, 0)).toEqual([
      { path: 'startsAt', reason: 'startInPast' },
    ]);
    expect(slotProblems({ startsAt: at(1), endsAt: at(HOUR) }, now, 0)).toEqual([]);
    expect(slotProblems({ startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR) }, now, 2)).toEqual([]);
  });

  it('ends after the start, at most 12 hours later', () => {
    const startsAt = at(10 * DAY);
    expect(slotProblems({ startsAt, endsAt: startsAt }, now)).toEqual([{ path: 'endsAt', reason: 'endBeforeStart' }]);
    expect(slotProblems({ startsAt, endsAt: new Date(startsAt.getTime() - HOUR) }, now)).toEqual([
      { path: 'endsAt', reason: 'endBeforeStart' },
    ]);
    expect(slotProblems({ startsAt, endsAt: new Date(startsAt.getTime() + 12 * HOUR) }, now)).toEqual([]);
    expect(slotProblems({ startsAt, endsAt: new Date(startsAt.getTime() + 12 * HOUR + 1) }, now)).toEqual([
      { path: 'endsAt', reason: 'cashmobTooLong', params: { hours: 12 } },
    ]);
  });
});

describe('the spend range and capacity', () => {
  it('wants whole, non-negative cents with min ≤ max', () => {
    expect(spendRangeProblems(1000, 2000)).toEqual([]);
    expect(spendRangeProblems(0, 0)).toEqual([]);
    expect(spendRangeProblems(2000, 1000)).toEqual([{ path: 'spendMaxCents', reason: 'spendRangeOrder' }]);
    expect(spendRangeProblems(-1, 1000)).toEqual([{ path: 'spendMinCents', reason: 'min', params: { min: 0 } }]);
    expect(spendRangeProblems(10.5, 1_000_001)).toEqual([
      { path: 'spendMinCents', reason: 'isInt' },
      { path: 'spendMaxCents', reason: 'max', params: { max: 1_000_000 } },
    ]);
  });

  it('takes no capacity, or at least one and never below the confirmed sign-ups', () => {
    expect(capacityProblems(null, 30)).toEqual([]);
    expect(capacityProblems(50, 50)).toEqual([]);
    expect(capacityProblems(0)).toEqual([{ path: 'capacity', reason: 'min', params: { min: 1 } }]);
    expect(capacityProblems(1.5)).toEqual([{ path: 'capacity', reason: 'isInt' }]);
    expect(capacityProblems(49, 50)).toEqual([
      { path: 'capacity', reason: 'capacityBelowSignUps', params: { count: 50 } },
    ]);
  });

  it('collects every field’s problem at once', () => {
    const problems = cashmobProblems(
      { startsAt: at(DAY), endsAt: at(0), spendMinCents: 3000, spendMaxCents: 2000, capacity: 0 },
      { now },
    );
    expect(problems.map((p) => p.path)).toEqual(['startsAt', 'endsAt', 'spendMaxCents', 'capacity']);
  });

  it('bounds the lead time', () => {
    expect(leadTimeProblems(7)).toEqual([]);
    expect(leadTimeProblems(-1)).toEqual([{ path: 'leadTimeDays', reason: 'min', params: { min: 0 } }]);
    expect(leadTimeProblems(366)).toEqual([{ path: 'leadTimeDays', reason: 'max', params: { max: 365 } }]);
  });
});

describe('a public sign-up', () => {
  const range = { spendMinCents: 1000, spendMaxCents: 2000 };

  it('needs a first name, a plausible e-mail and an amount within the range', () => {
    expect(
      signUpProblems({ firstName: ' Léa ', email: ' Lea.Martin@Example.FR ', intendedSpendCents: 1500 }, range),
    ).toEqual([]);
    expect(signUpProblems({ firstName: '  ', email: 'lea@', intendedSpendCents: 999 }, range)).toEqual([
      { path: 'firstName', reason: 'isNotEmpty' },
      { path: 'email', reason: 'isEmail' },
      { path: 'intendedSpendCents', reason: 'spendOutOfRange' },
    ]);
    expect(signUpProblems({ firstName: 'x'.repeat(61), email: 'a@b.fr', intendedSpendCents: 2000 }, range)).toEqual([
      { path: 'firstName', reason: 'maxLength', params: { max: 60 } },
    ]);
    expect(intendedSpendProblems(1000.5, range)).toEqual([{ path: 'intendedSpendCents', reason: 'isInt' }]);
  });

  it('checks e-mail syntax plainly and normalises case', () => {
    for (const good of ['a@b.fr', 'prenom.nom+cashmob@mail.example.com', 'élodie@commerce.bzh'])
      expect([good, isEmailAddress(good)]).toEqual([good, true]);
    for (const bad of ['', 'a', 'a@b', 'a b@c.fr', '@b.fr', 'a@.fr', 'a@b.', 'a@@b.fr', `${'x'.repeat(250)}@b.fr`])
      expect([bad, isEmailAddress(bad)]).toEqual([bad, false]);
    expect(normaliseEmail('  Lea@Example.FR ')).toBe('lea@example.fr');
  });

  it('accepts exactly the amounts inside the range (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: -100, max: 6000 }),
        (a, b, amount) => {
          const r = { spendMinCents: Math.min(a, b), spendMaxCents: Math.max(a, b) };
          expect(intendedSpendProblems(amount, r).length === 0).toBe(
            amount >= r.spendMinCents && amount <= r.spendMaxCents,
          );
        },
      ),
    );
  });
});
