import { splitByLargestRemainder } from '@assoc/shared-util';
import fc from 'fast-check';
import {
  applyTransfers,
  closingShares,
  LedgerEntry,
  LedgerEntryKind,
  ledgerEntryProblems,
  MoneyBasis,
  overpaymentCents,
  participantAccount,
  PROJECT_CASH,
  projectMoney,
  reverse,
  Share,
  shownBalances,
  supplierAccount,
} from '../index';

const contribution = (id: string, who: string, cents: number): LedgerEntry => ({
  id,
  debit: PROJECT_CASH,
  credit: participantAccount(who),
  cents,
  kind: LedgerEntryKind.CONTRIBUTION,
});
const expense = (id: string, supplier: string, cents: number, paidBy?: string): LedgerEntry => ({
  id,
  debit: supplierAccount(supplier),
  credit: paidBy ? participantAccount(paidBy) : PROJECT_CASH,
  cents,
  kind: LedgerEntryKind.EXPENSE,
});

/** Four participants with a 786,00 € budget: 196,50 € each (the walk-through of issue 16). */
const shares: Share[] = ['a', 'b', 'c', 'd'].map((membershipId) => ({ membershipId, cents: 19650 }));

describe('projectMoney', () => {
  it('right after funding, everyone owes their share to the project, and the transfers say so', () => {
    const money = projectMoney([], shares, false);
    expect(money.basis).toBe(MoneyBasis.BUDGET);
    expect(money.participants.map((p) => p.balanceCents)).toEqual([-19650, -19650, -19650, -19650]);
    expect(money.projectBalanceCents).toBe(78600);
    expect(money.transfers).toEqual(['a', 'b', 'c', 'd'].map((from) => ({ from, to: PROJECT_CASH, cents: 19650 })));
  });

  it('before closing, a participant who is even has no transfer, whatever was spent', () => {
    const entries = [contribution('1', 'a', 19650), contribution('2', 'b', 19650), expense('3', 'Imprimeur', 30000)];
    const money = projectMoney(entries, shares, false);
    expect(money.participants.find((p) => p.membershipId === 'a')?.balanceCents).toBe(0);
    expect(money.transfers.some((t) => t.from === 'a' || t.to === 'a')).toBe(false);
    expect(money.transfers).toEqual([
      { from: 'c', to: PROJECT_CASH, cents: 19650 },
      { from: 'd', to: PROJECT_CASH, cents: 19650 },
    ]);
  });

  it('after a reversal, the transfers add up to what the participant owes', () => {
    const paid = contribution('1', 'a', 6000);
    const money = projectMoney([paid, reverse(paid, '2')], shares, false);
    expect(money.participants[0].balanceCents).toBe(-19650);
    expect(money.transfers.filter((t) => t.from === 'a').reduce((s, t) => s + t.cents, 0)).toBe(19650);
  });

  it('once closed, shares are recomputed on what was spent and the project hands out its cash', () => {
    const entries = [
      ...['a', 'b', 'c', 'd'].map((who, i) => contribution(String(i), who, 19650)),
      expense('5', 'Imprimeur', 60000),
    ];
    const money = projectMoney(entries, shares, true);
    expect(money.basis).toBe(MoneyBasis.SPENT);
    expect(money.sharesTotalCents).toBe(60000);
    expect(money.participants.map((p) => p.owedCents)).toEqual([15000, 15000, 15000, 15000]);
    expect(money.projectBalanceCents).toBe(-18600);
    expect(money.transfers.every((t) => t.from === PROJECT_CASH && t.cents === 4650)).toBe(true);
  });

  it('names how much a contribution goes beyond what is still owed', () => {
    const [a] = projectMoney([contribution('1', 'a', 10000)], shares, false).participants;
    expect(overpaymentCents(a, 9650)).toBe(0);
    expect(overpaymentCents(a, 500000)).toBe(490350);
    expect(overpaymentCents(undefined, 100)).toBe(100);
  });

  it('closingShares sums exactly to what was spent, refunds beyond spending included', () => {
    expect(closingShares(shares, 1001).reduce((s, x) => s + x.cents, 0)).toBe(1001);
    expect(closingShares(shares, -1001).reduce((s, x) => s + x.cents, 0)).toBe(-1001);
    expect(
      closingShares(
        [
          { membershipId: 'a', cents: 0 },
          { membershipId: 'b', cents: 0 },
        ],
        3,
      ),
    ).toEqual([
      { membershipId: 'a', cents: 2 },
      { membershipId: 'b', cents: 1 },
    ]);
  });
});

type Op =
  | { type: 'contribution'; who: number; cents: number }
  | { type: 'expense'; supplier: number; paidBy: number | null; cents: number }
  | { type: 'refund'; who: number; cents: number }
  | { type: 'supplierRefund'; supplier: number; cents: number }
  | { type: 'reversal'; of: number };

const cents = fc.integer({ min: 1, max: 2_000_000 });
const who = fc.integer({ min: 0, max: 6 });
const supplier = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('contribution' as const), who, cents }),
  fc.record({ type: fc.constant('expense' as const), supplier, paidBy: fc.option(who, { nil: null }), cents }),
  fc.record({ type: fc.constant('refund' as const), who, cents }),
  fc.record({ type: fc.constant('supplierRefund' as const), supplier, cents }),
  fc.record({ type: fc.constant('reversal' as const), of: fc.nat() }),
);

/** A valid ledger from random operations (each checked by ledgerEntryProblems, as the API does). */
function ledgerOf(ops: readonly Op[], people: readonly string[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const person = (i: number) => people[i % people.length];
  for (const o of ops) {
    const id = String(entries.length);
    let entry: LedgerEntry;
    if (o.type === 'contribution') entry = contribution(id, person(o.who), o.cents);
    else if (o.type === 'expense')
      entry = expense(id, `S${o.supplier}`, o.cents, o.paidBy === null ? undefined : person(o.paidBy));
    else if (o.type === 'refund')
      entry = {
        id,
        debit: participantAccount(person(o.who)),
        credit: PROJECT_CASH,
        cents: o.cents,
        kind: LedgerEntryKind.REFUND,
      };
    else if (o.type === 'supplierRefund')
      entry = {
        id,
        debit: PROJECT_CASH,
        credit: supplierAccount(`S${o.supplier}`),
        cents: o.cents,
        kind: LedgerEntryKind.REFUND,
      };
    else {
      const open = entries.filter(
        (e) => e.kind !== LedgerEntryKind.CORRECTION && !entries.some((r) => r.reverses === e.id),
      );
      if (!open.length) continue;
      entry = reverse(open[o.of % open.length], id);
    }
    expect(ledgerEntryProblems(entry, entries)).toEqual([]);
    entries.push(entry);
  }
  return entries;
}

describe('projectMoney over random ledgers', () => {
  const ledger = fc
    .record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
      budget: fc.integer({ min: 0, max: 5_000_000 }),
      ops: fc.array(op, { maxLength: 40 }),
      leaver: fc.boolean(),
    })
    .map(({ weights, budget, ops, leaver }) => {
      const ids = weights.map((_, i) => `m${i}`);
      const positive = weights.some((w) => w > 0);
      const split = positive
        ? new Map(
            splitByLargestRemainder(
              budget,
              ids.flatMap((key, i) => (weights[i] > 0 ? [{ key, weight: BigInt(weights[i]) }] : [])),
            ).map((s) => [s.key, s.cents]),
          )
        : new Map<string, number>();
      const frozen: Share[] = ids.map((membershipId) => ({ membershipId, cents: split.get(membershipId) ?? 0 }));
      // A member who left keeps their ledger account without a share.
      const people = leaver ? [...ids, 'gone'] : ids;
      return { frozen, entries: ledgerOf(ops, people) };
    });

  it.each([
    ['before closing (budget basis)', false],
    ['once closed (spent basis)', true],
  ])('%s: applying the proposed transfers to the balances shown brings every balance to zero', (_, closed) => {
    fc.assert(
      fc.property(ledger, ({ frozen, entries }) => {
        const money = projectMoney(entries, frozen, closed);
        const after = applyTransfers(shownBalances(money), money.transfers);
        for (const [party, cents] of after) expect({ party, cents: cents + 0 }).toEqual({ party, cents: 0 });
        for (const t of money.transfers) expect(t.cents).toBeGreaterThan(0);
        if (closed) {
          expect(money.projectBalanceCents + 0).toBe(-money.cashCents + 0);
          expect(money.sharesTotalCents).toBe(money.expensesCents);
          expect(money.transfers.length).toBeLessThanOrEqual(Math.max(0, after.size - 1));
        } else {
          expect(money.sharesTotalCents).toBe(frozen.reduce((s, x) => s + x.cents, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
