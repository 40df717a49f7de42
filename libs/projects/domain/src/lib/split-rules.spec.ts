import fc from 'fast-check';
import { computeShares, ProjectResult, Share, sharesByMember, SplitRule, SplitRuleKind } from '../index';

const value = <T>(result: ProjectResult<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const cents = (result: ProjectResult<Share[]>) => value(result).map((s) => s.cents);

describe('computeShares', () => {
  it('splits equally, the leftover cents to the smallest ids', () => {
    expect(value(computeShares(1000, { kind: SplitRuleKind.EQUAL }, ['m3', 'm1', 'm2']))).toEqual([
      { membershipId: 'm3', cents: 333 },
      { membershipId: 'm1', cents: 334 },
      { membershipId: 'm2', cents: 333 },
    ]);
    expect(cents(computeShares(0, { kind: SplitRuleKind.EQUAL }, ['a', 'b']))).toEqual([0, 0]);
    expect(cents(computeShares(0, { kind: SplitRuleKind.EQUAL }, []))).toEqual([]);
  });

  it('splits by weight, unlisted participants weighing the default', () => {
    const rule: SplitRule = {
      kind: SplitRuleKind.WEIGHTED,
      weights: [
        { membershipId: 'a', weight: 2 },
        { membershipId: 'b', weight: 1.5 },
      ],
    };
    // weights 2, 1.5, 1 (sum 4.5): 444.44, 333.33, 222.22 → 444 + 333 + 222 = 999, the cent to a (.44, largest weight)
    expect(cents(computeShares(1000, rule, ['a', 'b', 'c']))).toEqual([445, 333, 222]);
    expect(cents(computeShares(1000, { ...rule, defaultWeight: 0.5 }, ['a', 'b', 'c']))).toEqual([500, 375, 125]);
  });

  it('takes fixed amounts first and splits the rest equally', () => {
    const rule: SplitRule = { kind: SplitRuleKind.FIXED_AND_EQUAL, fixed: [{ membershipId: 'big', cents: 50000 }] };
    expect(value(computeShares(100001, rule, ['big', 'a', 'b']))).toEqual([
      { membershipId: 'big', cents: 50000 },
      { membershipId: 'a', cents: 25001 },
      { membershipId: 'b', cents: 25000 },
    ]);
    // the fixed amounts take everything: the others pay nothing
    expect(cents(computeShares(50000, rule, ['big', 'a']))).toEqual([50000, 0]);
    // everyone fixed: must make the total
    const allFixed: SplitRule = {
      kind: SplitRuleKind.FIXED_AND_EQUAL,
      fixed: [
        { membershipId: 'a', cents: 300 },
        { membershipId: 'b', cents: 700 },
      ],
    };
    expect(cents(computeShares(1000, allFixed, ['a', 'b']))).toEqual([300, 700]);
    expect(computeShares(1001, allFixed, ['a', 'b'])).toEqual({
      ok: false,
      problems: [{ path: 'fixed', reason: 'fixedMustSumToTotal', params: { total: 1001 } }],
    });
    expect(computeShares(999, allFixed, ['a', 'b', 'c'])).toEqual({
      ok: false,
      problems: [{ path: 'fixed', reason: 'fixedExceedsTotal', params: { total: 999 } }],
    });
  });

  it('names every problem', () => {
    expect(computeShares(-1, { kind: SplitRuleKind.EQUAL }, ['a', 'a'])).toEqual({
      ok: false,
      problems: [
        { path: 'totalCents', reason: 'min', params: { min: 0 } },
        { path: 'participants.1', reason: 'participantRepeated' },
      ],
    });
    expect(computeShares(10.5, { kind: SplitRuleKind.EQUAL }, ['a'])).toMatchObject({
      problems: [{ path: 'totalCents', reason: 'isInt' }],
    });
    expect(computeShares(100, { kind: SplitRuleKind.EQUAL }, [])).toMatchObject({
      problems: [{ path: 'participants', reason: 'noParticipants' }],
    });
    expect(
      computeShares(
        100,
        {
          kind: SplitRuleKind.WEIGHTED,
          weights: [
            { membershipId: 'a', weight: 0 },
            { membershipId: 'b', weight: -2 },
            { membershipId: 'x', weight: 1 },
            { membershipId: 'a', weight: 1 },
            { membershipId: 'c', weight: Number.NaN },
          ],
          defaultWeight: 0,
        },
        ['a', 'b', 'c'],
      ),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'weights.2.membershipId', reason: 'unknownParticipant' },
        { path: 'weights.3.membershipId', reason: 'participantRepeated' },
        { path: 'weights.0.weight', reason: 'weightNotPositive' },
        { path: 'weights.1.weight', reason: 'weightNotPositive' },
        { path: 'weights.4.weight', reason: 'weightNotPositive' },
        { path: 'defaultWeight', reason: 'weightNotPositive' },
      ],
    });
    expect(
      computeShares(
        100,
        {
          kind: SplitRuleKind.FIXED_AND_EQUAL,
          fixed: [
            { membershipId: 'z', cents: 10 },
            { membershipId: 'a', cents: 0 },
            { membershipId: 'b', cents: 1.5 },
          ],
        },
        ['a', 'b'],
      ),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'fixed.0.membershipId', reason: 'unknownParticipant' },
        { path: 'fixed.1.cents', reason: 'min', params: { min: 1 } },
        { path: 'fixed.2.cents', reason: 'isInt' },
      ],
    });
    expect(computeShares(100, { kind: 'PER_HEAD' } as unknown as SplitRule, ['a'])).toEqual({
      ok: false,
      problems: [{ path: 'kind', reason: 'isEnum' }],
    });
  });

  describe('properties, for every rule', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 10 });
    const total = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));
    const weight = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 100),
    );
    /** A participant list, a rule over it, a total the rule accepts, and a shuffled copy of the list. */
    const scenario = fc
      .tuple(ids, total)
      .chain(([members, t]) =>
        fc.tuple(
          fc.constant(members),
          fc.constant(t),
          fc.oneof(
            fc.constant<SplitRule>({ kind: SplitRuleKind.EQUAL }),
            fc
              .array(weight, { minLength: members.length, maxLength: members.length })
              .chain((ws) =>
                fc
                  .shuffledSubarray(members.map((membershipId, i) => ({ membershipId, weight: ws[i] })))
                  .map((weights): SplitRule => ({ kind: SplitRuleKind.WEIGHTED, weights })),
              ),
            fc.shuffledSubarray(members, { maxLength: members.length - 1 }).chain((fixedIds) =>
              fc
                .array(fc.integer({ min: 1, max: 1_000_000_000_000 }), {
                  minLength: fixedIds.length,
                  maxLength: fixedIds.length,
                })
                .map((amounts): SplitRule => {
                  // scale the fixed amounts down so that they never exceed the total
                  const sum = amounts.reduce((a, b) => a + b, 0);
                  const fitted = amounts.map((a) => Math.max(1, Math.floor((a / sum) * (t / 2))));
                  return {
                    kind: SplitRuleKind.FIXED_AND_EQUAL,
                    fixed: fixedIds.map((membershipId, i) => ({ membershipId, cents: fitted[i] })),
                  };
                }),
            ),
          ),
          fc.shuffledSubarray(members, { minLength: members.length }),
        ),
      )
      .filter(
        ([, t, rule]) =>
          rule.kind !== SplitRuleKind.FIXED_AND_EQUAL || rule.fixed.reduce((s, f) => s + f.cents, 0) <= t,
      );

    it('sums exactly to the total, never negative, same share per member in any order', () => {
      fc.assert(
        fc.property(scenario, ([members, t, rule, shuffled]) => {
          const shares = value(computeShares(t, rule, members));
          expect(shares.map((s) => s.membershipId)).toEqual(members);
          expect(shares.reduce((s, x) => s + x.cents, 0)).toBe(t);
          for (const s of shares) expect(Number.isSafeInteger(s.cents) && s.cents >= 0).toBe(true);
          const reordered =
            rule.kind === SplitRuleKind.WEIGHTED
              ? { ...rule, weights: [...rule.weights].reverse() }
              : rule.kind === SplitRuleKind.FIXED_AND_EQUAL
                ? { ...rule, fixed: [...rule.fixed].reverse() }
                : rule;
          expect(sharesByMember(value(computeShares(t, reordered, shuffled)))).toEqual(sharesByMember(shares));
        }),
        { numRuns: 300 },
      );
    });

    it('equal shares differ by at most one cent', () => {
      fc.assert(
        fc.property(ids, total, (members, t) => {
          const all = cents(computeShares(t, { kind: SplitRuleKind.EQUAL }, members));
          expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1);
        }),
      );
    });
  });
});
