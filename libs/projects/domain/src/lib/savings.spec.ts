import { computeShares, projectSavings, savings, soloTotalCents, SplitRuleKind } from '../index';

describe('savings', () => {
  const lines = [
    { soloPriceCents: 60000 }, // a press ad alone
    { soloPriceCents: null }, // no solo price for this line
    { soloPriceCents: 15000 },
  ];

  it('compares the solo prices with the share', () => {
    expect(soloTotalCents(lines)).toBe(75000);
    expect(savings(lines, 30000)).toBe(45000);
    // may be negative: paying more than going alone for the priced lines
    expect(savings(lines, 80000)).toBe(-5000);
    expect(savings([], 100)).toBe(-100);
  });

  it('adds up per project', () => {
    const shares = computeShares(100000, { kind: SplitRuleKind.EQUAL }, ['a', 'b', 'c']);
    if (!shares.ok) throw new Error();
    const result = projectSavings(lines, shares.value);
    expect(result.perMember).toEqual([
      { membershipId: 'a', savingCents: 75000 - 33334 },
      { membershipId: 'b', savingCents: 75000 - 33333 },
      { membershipId: 'c', savingCents: 75000 - 33333 },
    ]);
    expect(result.totalCents).toBe(3 * 75000 - 100000);
  });
});
