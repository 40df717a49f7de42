import fc from 'fast-check';
import { Balance, settleUp } from '../index';

describe('settleUp', () => {
  it('has the largest debtor pay the largest creditor', () => {
    expect(
      settleUp([
        { key: 'a', cents: 3000 },
        { key: 'b', cents: -1000 },
        { key: 'c', cents: -2500 },
        { key: 'd', cents: 500 },
      ]),
    ).toEqual([
      { from: 'c', to: 'a', cents: 2500 },
      { from: 'b', to: 'a', cents: 500 },
      { from: 'b', to: 'd', cents: 500 },
    ]);
  });

  it('breaks ties by key', () => {
    expect(
      settleUp([
        { key: 'z', cents: -100 },
        { key: 'y', cents: -100 },
        { key: 'x', cents: 200 },
      ]),
    ).toEqual([
      { from: 'y', to: 'x', cents: 100 },
      { from: 'z', to: 'x', cents: 100 },
    ]);
    expect(settleUp([])).toEqual([]);
    expect(settleUp([{ key: 'a', cents: 0 }])).toEqual([]);
  });

  it('refuses balances that do not sum to zero', () => {
    expect(() => settleUp([{ key: 'a', cents: 1 }])).toThrow(RangeError);
    expect(() =>
      settleUp([
        { key: 'a', cents: 0.5 },
        { key: 'b', cents: -0.5 },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      settleUp([
        { key: 'a', cents: 1 },
        { key: 'a', cents: -1 },
      ]),
    ).toThrow(RangeError);
  });

  const balancesArb = fc
    .uniqueArray(
      fc.record({
        key: fc.stringMatching(/^[a-z]{1,3}$/),
        cents: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      }),
      {
        minLength: 1,
        maxLength: 15,
        selector: (b) => b.key,
      },
    )
    .map((list): Balance[] => {
      // make them sum to zero by adjusting the last one
      const sum = list.slice(0, -1).reduce((s, b) => s + b.cents, 0);
      return [...list.slice(0, -1), { key: list[list.length - 1].key, cents: 0 - sum }];
    });

  it('settles everyone with at most N − 1 positive transfers, whatever the order', () => {
    fc.assert(
      fc.property(
        balancesArb.chain((bs) => fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length }))),
        ([balances, shuffled]) => {
          const transfers = settleUp(balances);
          const left = new Map(balances.map((b) => [b.key, b.cents]));
          for (const t of transfers) {
            expect(Number.isSafeInteger(t.cents) && t.cents > 0).toBe(true);
            expect(t.from).not.toBe(t.to);
            left.set(t.from, (left.get(t.from) ?? Number.NaN) + t.cents);
            left.set(t.to, (left.get(t.to) ?? Number.NaN) - t.cents);
          }
          for (const cents of left.values()) expect(cents).toBe(0);
          expect(transfers.length).toBeLessThanOrEqual(Math.max(0, balances.length - 1));
          expect(transfers.length).toBeLessThanOrEqual(Math.max(0, balances.filter((b) => b.cents !== 0).length - 1));
          expect(settleUp(shuffled)).toEqual(transfers);
        },
      ),
      { numRuns: 300 },
    );
  });
});
