import fc from 'fast-check';
import { cashmobReport, divideRounded } from '../index';

describe('the cashmob report', () => {
  const base = {
    confirmed: 3,
    checkIns: 4,
    walkIns: 1,
    intendedSpendsCents: [1000, 1500, 2000],
    salesCount: 8,
    revenueCents: 14000,
    ordinaryRevenueCents: 10000,
  };

  it('computes the figures in integer cents', () => {
    expect(cashmobReport(base)).toEqual({
      confirmed: 3,
      checkIns: 4,
      walkIns: 1,
      salesCount: 8,
      revenueCents: 14000,
      averageBasketCents: 1750,
      averageIntendedSpendCents: 1500,
      intendedTotalCents: 4500,
      upliftBp: 4000,
    });
  });

  it('rounds halves away from zero and leaves undefined figures null', () => {
    expect(cashmobReport({ ...base, salesCount: 3, revenueCents: 1000 }).averageBasketCents).toBe(333);
    expect(cashmobReport({ ...base, salesCount: 8, revenueCents: 1004 }).averageBasketCents).toBe(126); // 125.5
    expect(cashmobReport({ ...base, revenueCents: 5000, ordinaryRevenueCents: 10000 }).upliftBp).toBe(-5000);
    expect(cashmobReport({ ...base, ordinaryRevenueCents: 0 }).upliftBp).toBeNull();
    expect(cashmobReport({ ...base, ordinaryRevenueCents: null }).upliftBp).toBeNull();
    expect(cashmobReport({ ...base, salesCount: 0 }).averageBasketCents).toBeNull();
    expect(cashmobReport({ ...base, salesCount: null, revenueCents: null })).toMatchObject({
      averageBasketCents: null,
      upliftBp: null,
    });
    expect(cashmobReport({ ...base, intendedSpendsCents: [] })).toMatchObject({
      averageIntendedSpendCents: null,
      intendedTotalCents: 0,
    });
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });

  it('rounds to the nearest integer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideRounded(n, d);
        // |n − q·d| ≤ d/2, exactly
        expect(2 * Math.abs(n - q * d) <= d).toBe(true);
      }),
    );
  });
});
