import { combinedUpliftBp, compareWithMedian, median, membersAt, MIN_SHOPS_TO_COMPARE } from './figures';

describe('figures', () => {
  it('takes the median, the two middle figures averaged and rounded for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(3); // 2.5 rounds half away from zero
    expect(median([0, 0, 10, 1000])).toBe(5);
  });

  it('compares a shop with the median only when the association has enough shops', () => {
    const five = [0, 0, 1200, 4000, 9000];
    expect(MIN_SHOPS_TO_COMPARE).toBe(5);
    expect(compareWithMedian(4000, five)).toEqual({ own: 4000, median: 1200 });
    expect(compareWithMedian(4000, five.slice(1))).toEqual({ own: 4000, median: null });
  });

  it('adds cashmob uplifts up over the cashmobs that give an ordinary revenue', () => {
    // (600 + 300 − 400 − 200) ÷ (400 + 200) = +50 %; the one without ordinary revenue is left out.
    expect(
      combinedUpliftBp([
        { revenueCents: 60000, ordinaryRevenueCents: 40000 },
        { revenueCents: 30000, ordinaryRevenueCents: 20000 },
        { revenueCents: 99999, ordinaryRevenueCents: null },
        { revenueCents: 50000, ordinaryRevenueCents: 0 },
      ]),
    ).toBe(5000);
    expect(combinedUpliftBp([{ revenueCents: null, ordinaryRevenueCents: 100 }])).toBeNull();
    expect(combinedUpliftBp([{ revenueCents: 100, ordinaryRevenueCents: 300 }])).toBe(-6667);
  });

  it('counts members at an instant: joined before, not yet removed', () => {
    const spans = [
      { createdAt: new Date('2026-01-01'), removedAt: null },
      { createdAt: new Date('2026-02-01'), removedAt: new Date('2026-03-01') },
      { createdAt: new Date('2026-04-01'), removedAt: null },
    ];
    expect(membersAt(spans, new Date('2026-01-15'))).toBe(1);
    expect(membersAt(spans, new Date('2026-02-15'))).toBe(2);
    expect(membersAt(spans, new Date('2026-03-15'))).toBe(1);
    expect(membersAt(spans, new Date('2026-04-01'))).toBe(1);
    expect(membersAt(spans, new Date('2026-05-01'))).toBe(2);
  });
});
