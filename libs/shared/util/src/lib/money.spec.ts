import fc from 'fast-check';
import {
  centsToDecimal,
  currencyDecimals,
  formatMoney,
  isCents,
  money,
  scaledWeight,
  splitByLargestRemainder,
  splitEqually,
} from '../index';

/** Replaces Intl's no-break spaces by plain spaces, to compare with readable strings. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('holds integer cents only', () => {
    expect(money(1234)).toEqual({ cents: 1234, currency: 'EUR' });
    expect(() => money(12.5)).toThrow(RangeError);
    expect(isCents(0)).toBe(true);
    expect(isCents(-5)).toBe(true);
    expect(isCents(1.5)).toBe(false);
    expect(isCents('12')).toBe(false);
    expect(isCents(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('formats in French and English with Intl', () => {
    expect(plain(formatMoney(123456, 'EUR', 'fr-FR'))).toBe('1 234,56 €');
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(plain(formatMoney(-5, 'EUR', 'fr-FR'))).toBe('-0,05 €');
    expect(plain(formatMoney(100000000000000 - 1, 'EUR', 'fr-FR'))).toBe('999 999 999 999,99 €');
    expect(plain(formatMoney(1500, 'XPF', 'fr-FR'))).toBe('1 500 FCFP');
    expect(plain(formatMoney(700))).toBe('7,00 €');
  });

  it('knows the minor unit of a currency', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('XPF')).toBe(0);
  });

  it('writes cents as an exact decimal', () => {
    expect(centsToDecimal(123456, ',')).toBe('1234,56');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(-1005, ',')).toBe('-10,05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(1500, ',', 0)).toBe('1500');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        (cents) => Math.round(Number(centsToDecimal(cents)) * 100) === cents,
      ),
    );
  });
});

describe('scaledWeight', () => {
  it('scales decimals exactly to 6 places', () => {
    expect(scaledWeight(1.5)).toBe(1_500_000n);
    expect(scaledWeight(1.1)).toBe(1_100_000n);
    expect(scaledWeight(0.000001)).toBe(1n);
    expect(scaledWeight(1_000_000)).toBe(1_000_000_000_000n);
    expect(scaledWeight(3n)).toBe(3_000_000n);
  });

  it('refuses weights that are not positive', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 0.0000001, 0n, -2n])
      expect(() => scaledWeight(bad)).toThrow(RangeError);
  });
});

describe('splitByLargestRemainder', () => {
  it('gives the leftover cents to the largest remainders', () => {
    // 100 × 1/6 = 16.67, 100 × 2/6 = 33.33, 100 × 3/6 = 50: floors 16 + 33 + 50 = 99, the cent goes to a (.67).
    expect(
      splitByLargestRemainder(100, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 2 },
        { key: 'c', weight: 3 },
      ]),
    ).toEqual([
      { key: 'a', cents: 17 },
      { key: 'b', cents: 33 },
      { key: 'c', cents: 50 },
    ]);
  });

  it('breaks ties by the larger weight, then the smaller key', () => {
    // 10 among weights 1, 1, 2, 2 (sum 6): 1.67, 1.67, 3.33, 3.33 → floors 1, 1, 3, 3 = 8; remainders .67 for the
    // weight-1 parties → both get a cent.
    expect(
      splitByLargestRemainder(10, [
        { key: 'x', weight: 1 },
        { key: 'y', weight: 1 },
        { key: 'z', weight: 2 },
        { key: 'w', weight: 2 },
      ]),
    ).toEqual([
      { key: 'x', cents: 2 },
      { key: 'y', cents: 2 },
      { key: 'z', cents: 3 },
      { key: 'w', cents: 3 },
    ]);
    // 1 cent among weights 1 and 3 (sum 4): 0.25 and 0.75 → remainder decides.
    expect(
      splitByLargestRemainder(1, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 3 },
      ]).map((s) => s.cents),
    ).toEqual([0, 1]);
    // 3 cents among weights 1 and 2 (sum 3): exactly 1 and 2, nothing left.
    expect(
      splitByLargestRemainder(3, [
        { key: 'b', weight: 2 },
        { key: 'a', weight: 1 },
      ]).map((s) => s.cents),
    ).toEqual([2, 1]);
    // 5 cents among weights 2, 2, 4 (sum 8): 1.25, 1.25, 2.5 → floors 1, 1, 2 = 4; remainders 2, 2, 4 (× 1/8):
    // the largest remainder (weight 4) gets the cent.
    expect(
      splitByLargestRemainder(5, [
        { key: 'a', weight: 2 },
        { key: 'b', weight: 2 },
        { key: 'c', weight: 4 },
      ]).map((s) => s.cents),
    ).toEqual([1, 1, 3]);
    // Equal remainders and equal weights: the smaller key first, whatever the order given.
    expect(splitEqually(2, ['m3', 'm1', 'm2'])).toEqual([
      { key: 'm3', cents: 0 },
      { key: 'm1', cents: 1 },
      { key: 'm2', cents: 1 },
    ]);
    // Decimal weights: 2 among 0.5, 1.5 and 2 (sum 4): 0.25, 0.75, 1 → floors 0, 0, 1 = 1; remainders .25, .75, 0 → the .75.
    expect(
      splitByLargestRemainder(2, [
        { key: 'a', weight: 0.5 },
        { key: 'b', weight: 1.5 },
        { key: 'c', weight: 2 },
      ]).map((s) => s.cents),
    ).toEqual([0, 1, 1]);
    // Equal remainders, different weights: 4 among 1, 3 and 4 (sum 8) is 0.5, 1.5 and 2 → floors 0 + 1 + 2 = 3;
    // a and b both have .5 left, the larger weight (b) takes the cent.
    expect(
      splitByLargestRemainder(4, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 3 },
        { key: 'c', weight: 4 },
      ]).map((s) => s.cents),
    ).toEqual([0, 2, 2]);
  });

  it('stays exact for huge totals and weights', () => {
    const shares = splitByLargestRemainder(1e12, [
      { key: 'a', weight: 1e6 },
      { key: 'b', weight: 0.000001 },
      { key: 'c', weight: 333333.333333 },
    ]);
    expect(shares.reduce((s, x) => s + x.cents, 0)).toBe(1e12);
    // Floors 749999999999 + 0 + 249999999999, 2 cents left: b has the largest remainder, a and c tie → a (larger weight).
    expect(shares.map((s) => s.cents)).toEqual([750000000000, 1, 249999999999]);
  });

  it('refuses what cannot be split', () => {
    expect(splitByLargestRemainder(0, [])).toEqual([]);
    expect(() => splitByLargestRemainder(1, [])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(-1, [{ key: 'a', weight: 1 }])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1.5, [{ key: 'a', weight: 1 }])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(10, [{ key: 'a', weight: 0 }])).toThrow(RangeError);
    expect(() =>
      splitByLargestRemainder(10, [
        { key: 'a', weight: 1 },
        { key: 'a', weight: 2 },
      ]),
    ).toThrow(RangeError);
  });

  describe('properties', () => {
    const weight = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.integer({ min: 1, max: 1_000_000_000_000 }).map((n) => n / 1_000_000),
      fc.constantFrom(1, 1.5, 2, 0.1, 0.2, 0.3),
    );
    const parties = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight }), {
      minLength: 1,
      maxLength: 12,
      selector: (p) => p.key,
    });
    const total = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));

    it('sums exactly, never negative, within a cent of the exact share', () => {
      fc.assert(
        fc.property(total, parties, (t, ps) => {
          const shares = splitByLargestRemainder(t, ps);
          expect(shares.map((s) => s.key)).toEqual(ps.map((p) => p.key));
          expect(shares.reduce((s, x) => s + BigInt(x.cents), 0n)).toBe(BigInt(t));
          const weights = ps.map((p) => scaledWeight(p.weight));
          const sum = weights.reduce((a, b) => a + b, 0n);
          shares.forEach((share, i) => {
            expect(share.cents).toBeGreaterThanOrEqual(0);
            // |share - t·w/sum| < 1  ⇔  |share·sum - t·w| < sum
            const diff = BigInt(share.cents) * sum - BigInt(t) * weights[i];
            expect(diff < sum && -diff < sum).toBe(true);
          });
        }),
      );
    });

    it('gives each key the same amount whatever the order', () => {
      fc.assert(
        fc.property(
          total,
          parties.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length }))),
          (t, [ps, shuffled]) => {
            const byKey = (shares: { key: string; cents: number }[]) =>
              Object.fromEntries(shares.map((s) => [s.key, s.cents]));
            expect(byKey(splitByLargestRemainder(t, shuffled))).toEqual(byKey(splitByLargestRemainder(t, ps)));
          },
        ),
      );
    });
  });
});
