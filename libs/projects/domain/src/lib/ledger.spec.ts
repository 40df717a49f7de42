import fc from 'fast-check';
import {
  AccountId,
  balances,
  computeShares,
  expensesTotalCents,
  isAccountId,
  LedgerEntry,
  ledgerEntryProblems,
  LedgerEntryKind as K,
  participantAccount,
  participantBalances,
  PROJECT_CASH,
  projectCashCents,
  reverse,
  projectMoney,
  SplitRuleKind,
  supplierAccount,
} from '../index';

const alice = participantAccount('alice');
const bob = participantAccount('bob');
const carol = participantAccount('carol');
const printer = supplierAccount('Imprimerie du Centre');

describe('ledger', () => {
  const entries: LedgerEntry[] = [
    { id: 'e1', debit: PROJECT_CASH, credit: alice, cents: 40000, kind: K.CONTRIBUTION },
    { id: 'e2', debit: PROJECT_CASH, credit: bob, cents: 30000, kind: K.CONTRIBUTION },
    { id: 'e3', debit: printer, credit: PROJECT_CASH, cents: 60000, kind: K.EXPENSE },
    { id: 'e4', debit: printer, credit: carol, cents: 15000, kind: K.EXPENSE }, // carol paid the printer directly
  ];

  it('names accounts', () => {
    expect(alice).toBe('participant:alice');
    expect(printer).toBe('supplier:Imprimerie du Centre');
    expect(isAccountId('project:cash')).toBe(true);
    expect(isAccountId('supplier:  ')).toBe(false);
    expect(isAccountId('bank:x')).toBe(false);
    expect(isAccountId(42)).toBe(false);
  });

  it('balances every account, debits minus credits', () => {
    expect(balances(entries)).toEqual(
      new Map<AccountId, number>([
        [alice, -40000],
        [bob, -30000],
        [carol, -15000],
        [PROJECT_CASH, 10000],
        [printer, 75000],
      ]),
    );
    expect(projectCashCents(entries)).toBe(10000);
    expect(expensesTotalCents(entries)).toBe(75000);
  });

  it('reverses an entry with a correction', () => {
    const correction = reverse(entries[1], 'e5');
    expect(correction).toEqual({
      id: 'e5',
      debit: bob,
      credit: PROJECT_CASH,
      cents: 30000,
      kind: K.CORRECTION,
      reverses: 'e2',
    });
    expect(ledgerEntryProblems(correction, entries)).toEqual([]);
    const after = [...entries, correction];
    expect(balances(after).get(bob)).toBe(0);
    expect(ledgerEntryProblems(reverse(entries[1], 'e6'), after)).toEqual([
      { path: 'reverses', reason: 'alreadyReversed' },
    ]);
    expect(ledgerEntryProblems({ ...correction, cents: 1 }, entries)).toEqual([
      { path: 'reverses', reason: 'reversalMismatch' },
    ]);
    expect(ledgerEntryProblems({ ...correction, reverses: 'nope' }, entries)).toEqual([
      { path: 'reverses', reason: 'entryNotFound' },
    ]);
    expect(ledgerEntryProblems({ ...correction, reverses: null }, entries)).toEqual([
      { path: 'reverses', reason: 'required' },
    ]);
  });

  it('refuses bad entries, naming the field', () => {
    expect(ledgerEntryProblems({ debit: PROJECT_CASH, credit: alice, cents: 0, kind: K.CONTRIBUTION }, [])).toEqual([
      { path: 'cents', reason: 'min', params: { min: 1 } },
    ]);
    expect(ledgerEntryProblems({ debit: PROJECT_CASH, credit: alice, cents: -5, kind: K.CONTRIBUTION }, [])).toEqual([
      { path: 'cents', reason: 'min', params: { min: 1 } },
    ]);
    expect(ledgerEntryProblems({ debit: PROJECT_CASH, credit: alice, cents: 9.99, kind: K.CONTRIBUTION }, [])).toEqual([
      { path: 'cents', reason: 'isInt' },
    ]);
    expect(
      ledgerEntryProblems({ debit: PROJECT_CASH, credit: PROJECT_CASH, cents: 1, kind: K.CONTRIBUTION }, []),
    ).toEqual([{ path: 'credit', reason: 'sameAccount' }]);
    expect(
      ledgerEntryProblems({ debit: 'bank:x' as AccountId, credit: alice, cents: 1, kind: K.CONTRIBUTION }, []),
    ).toEqual([{ path: 'debit', reason: 'isAccount' }]);
    expect(ledgerEntryProblems({ debit: alice, credit: PROJECT_CASH, cents: 1, kind: K.CONTRIBUTION }, [])).toEqual([
      { path: 'kind', reason: 'accountsNotForKind' },
    ]);
    expect(ledgerEntryProblems({ debit: PROJECT_CASH, credit: alice, cents: 1, kind: 'GIFT' as K }, [])).toEqual([
      { path: 'kind', reason: 'isEnum' },
    ]);
    expect(
      ledgerEntryProblems(
        { debit: PROJECT_CASH, credit: alice, cents: 1, kind: K.CONTRIBUTION, reverses: 'e1' },
        entries,
      ),
    ).toEqual([{ path: 'reverses', reason: 'reversalMismatch' }]);
    expect(ledgerEntryProblems({ debit: alice, credit: PROJECT_CASH, cents: 1, kind: K.REFUND }, [])).toEqual([]);
    expect(ledgerEntryProblems({ debit: PROJECT_CASH, credit: printer, cents: 1, kind: K.REFUND }, [])).toEqual([]);
  });

  it('gives each participant paid minus owed, and settles up through the cash left', () => {
    // what was spent, 750 €, split among the three: 250 € each
    const shares = computeShares(expensesTotalCents(entries), { kind: SplitRuleKind.EQUAL }, ['alice', 'bob', 'carol']);
    if (!shares.ok) throw new Error();
    expect(participantBalances(entries, shares.value)).toEqual([
      { membershipId: 'alice', paidCents: 40000, owedCents: 25000, balanceCents: 15000 },
      { membershipId: 'bob', paidCents: 30000, owedCents: 25000, balanceCents: 5000 },
      { membershipId: 'carol', paidCents: 15000, owedCents: 25000, balanceCents: -10000 },
    ]);
    const closed = projectMoney(entries, shares.value, true);
    expect(closed.projectBalanceCents).toBe(-10000);
    // carol and the cash both owe 100 €: the tie goes to the smaller key, "carol"
    expect(closed.transfers).toEqual([
      { from: 'carol', to: 'alice', cents: 10000 },
      { from: PROJECT_CASH, to: 'alice', cents: 5000 },
      { from: PROJECT_CASH, to: 'bob', cents: 5000 },
    ]);
  });

  it('keeps the line of someone with payments but no share', () => {
    expect(participantBalances([entries[0]], [{ membershipId: 'bob', cents: 100 }])).toEqual([
      { membershipId: 'alice', paidCents: 40000, owedCents: 0, balanceCents: 40000 },
      { membershipId: 'bob', paidCents: 0, owedCents: 100, balanceCents: -100 },
    ]);
  });

  it('always sums to zero over all accounts, and reversals undo entries', () => {
    const account = fc.constantFrom<AccountId>(PROJECT_CASH, alice, bob, carol, printer, supplierAccount('Mairie'));
    const entry = fc
      .record({
        debit: account,
        credit: account,
        cents: fc.integer({ min: 1, max: 1_000_000_000 }),
        kind: fc.constantFrom(K.CONTRIBUTION, K.EXPENSE, K.REFUND),
      })
      .filter((e) => e.debit !== e.credit);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), (raw, toReverse) => {
        const list: LedgerEntry[] = raw.map((e, i) => ({ id: `e${i}`, ...e }));
        let total = 0;
        for (const cents of balances(list).values()) total += cents;
        expect(total).toBe(0);
        // reversing every entry brings every account back to zero
        const all = [...list, ...list.map((e) => reverse(e, `r${e.id}`))];
        for (const cents of balances(all).values()) expect(cents).toBe(0);
        // reversing some entries equals never having made them
        const chosen = new Set(toReverse.filter((n) => n < list.length).map((n) => list[n].id));
        const some = [...list, ...list.filter((e) => chosen.has(e.id)).map((e) => reverse(e, `r${e.id}`))];
        const without = list.filter((e) => !chosen.has(e.id));
        const nonZero = (m: Map<AccountId, number>) => [...m].filter(([, c]) => c !== 0);
        expect(nonZero(balances(some))).toEqual(nonZero(balances(without)));
      }),
    );
  });
});
