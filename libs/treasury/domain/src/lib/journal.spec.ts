import fc from 'fast-check';
import { accountKey, BANK, EXPENSES, INCOME, parseAccount, shopPayable, TreasuryAccountKind } from './accounts';
import { balances, entryProblems, reversalOf, sumCents, TreasuryEntry, TreasuryEntryDraft } from './journal';
import { shopStatement, shopStatementCsv } from './statement';

const draft = (lines: TreasuryEntryDraft['lines'], day = '2026-03-10'): TreasuryEntryDraft => ({
  day,
  label: 'Reward',
  source: { domain: 'loyalty', ref: 'r1' },
  lines,
});

describe('treasury accounts', () => {
  it('reads back the keys it writes, and refuses a payable without its shop or a kind it does not know', () => {
    expect(parseAccount(accountKey(shopPayable('s1')))).toEqual({ kind: TreasuryAccountKind.SHOP_PAYABLE, ref: 's1' });
    expect(parseAccount('BANK')).toEqual({ kind: TreasuryAccountKind.BANK, ref: null });
    expect(parseAccount('SHOP_PAYABLE')).toBeNull();
    expect(parseAccount('BANK:x')).toBeNull();
    expect(parseAccount('CASINO')).toBeNull();
  });
});

describe('entryProblems', () => {
  it('accepts balanced lines', () => {
    expect(
      entryProblems(
        draft([
          { account: BANK, cents: 500 },
          { account: INCOME, cents: -500 },
        ]),
      ),
    ).toEqual([]);
  });

  it('names what is wrong: unbalanced, a zero or fractional line, a single line, no label, a day that does not exist', () => {
    expect(
      entryProblems(
        draft([
          { account: BANK, cents: 500 },
          { account: INCOME, cents: -499 },
        ]),
      ),
    ).toEqual([{ field: 'lines', reason: 'treasuryUnbalanced', params: { offCents: 1 } }]);
    expect(
      entryProblems(
        draft([
          { account: BANK, cents: 0.5 },
          { account: INCOME, cents: -0.5 },
        ]),
      ),
    ).toEqual([
      { field: 'lines.0.cents', reason: 'treasuryLineCents' },
      { field: 'lines.1.cents', reason: 'treasuryLineCents' },
    ]);
    expect(
      entryProblems(
        draft([
          { account: BANK, cents: 0 },
          { account: INCOME, cents: 0 },
        ]),
      ).map((p) => p.field),
    ).toEqual(['lines.0.cents', 'lines.1.cents']);
    expect(entryProblems(draft([{ account: BANK, cents: 0 }])).map((p) => p.reason)).toContain('treasuryLinesCount');
    expect(
      entryProblems({
        ...draft([
          { account: BANK, cents: 1 },
          { account: EXPENSES, cents: -1 },
        ]),
        label: ' ',
      }),
    ).toEqual([{ field: 'label', reason: 'required' }]);
    expect(
      entryProblems(
        draft(
          [
            { account: BANK, cents: 1 },
            { account: EXPENSES, cents: -1 },
          ],
          '2026-02-30',
        ),
      ),
    ).toEqual([{ field: 'day', reason: 'isCalendarDay' }]);
    expect(
      entryProblems(
        draft([
          { account: { kind: TreasuryAccountKind.SHOP_PAYABLE }, cents: 1 },
          { account: BANK, cents: -1 },
        ]),
      ),
    ).toEqual([{ field: 'lines.0.account', reason: 'treasuryAccountUnknown' }]);
  });
});

const ACCOUNTS = [
  BANK,
  INCOME,
  EXPENSES,
  { kind: TreasuryAccountKind.LOYALTY_POT },
  shopPayable('a'),
  shopPayable('b'),
];
const balancedLines = fc
  .array(fc.record({ account: fc.constantFrom(...ACCOUNTS), cents: fc.integer({ min: -5_000_000, max: 5_000_000 }) }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((lines) => {
    const nonZero = lines.filter((l) => l.cents !== 0);
    const off = sumCents(nonZero);
    return off === 0 ? nonZero : [...nonZero, { account: BANK, cents: -off }];
  })
  .filter((lines) => lines.length >= 2);
const day = fc
  .integer({ min: 1, max: 28 })
  .chain((d) => fc.integer({ min: 1, max: 4 }).map((m) => `2026-0${m}-${String(d).padStart(2, '0')}`));
const journal = fc.array(fc.record({ lines: balancedLines, day }), { maxLength: 30 }).map((entries) =>
  entries.map((e, i): TreasuryEntry => ({
    id: `e${i}`,
    label: `entry ${i}`,
    source: { domain: 'test', ref: `${i}` },
    ...e,
  })),
);

describe('the ledger over random journals (property)', () => {
  it('every generated entry is valid, balances always sum to zero, and reversing entries brings their accounts back', () => {
    fc.assert(
      fc.property(journal, fc.array(fc.nat(), { maxLength: 10 }), (entries, picks) => {
        for (const e of entries) expect(entryProblems(e)).toEqual([]);
        const before = balances(entries);
        expect([...before.values()].reduce((s, c) => s + c, 0)).toBe(0);
        if (!entries.length) return;
        const reversed = new Set(picks.map((p) => p % entries.length));
        const reversals = [...reversed].map((i, k) => ({
          ...reversalOf(entries[i], '2026-05-01', 'Mistake'),
          id: `r${k}`,
          reverses: entries[i].id,
        }));
        for (const r of reversals) expect(entryProblems(r)).toEqual([]);
        const after = balances([...entries, ...reversals]);
        expect([...after.values()].reduce((s, c) => s + c, 0)).toBe(0);
        const kept = balances(entries.filter((_, i) => !reversed.has(i)));
        for (const [key, cents] of after) expect(cents).toBe(kept.get(key) ?? 0);
      }),
    );
  });

  it('a shop statement goes from its opening to its closing through its lines, and the months chain', () => {
    fc.assert(
      fc.property(journal, (entries) => {
        const all = balances(entries).get(accountKey(shopPayable('a'))) ?? 0;
        let opening = 0;
        for (const month of ['2026-01', '2026-02', '2026-03', '2026-04']) {
          const s = shopStatement(entries, 'a', month);
          expect(s.openingCents).toBe(opening);
          expect(s.closingCents).toBe(s.openingCents + sumCents(s.lines.map((l) => ({ cents: l.owedCents }))));
          opening = s.closingCents;
        }
        expect(opening).toBe(0 - all);
      }),
    );
  });
});

describe('shopStatementCsv', () => {
  const entries: TreasuryEntry[] = [
    {
      id: 'e1',
      ...draft(
        [
          { account: shopPayable('a'), cents: -1250 },
          { account: { kind: TreasuryAccountKind.LOYALTY_POT }, cents: 1250 },
        ],
        '2026-02-27',
      ),
    },
    {
      id: 'e2',
      ...draft(
        [
          { account: shopPayable('a'), cents: -500 },
          { account: { kind: TreasuryAccountKind.LOYALTY_POT }, cents: 500 },
        ],
        '2026-03-03',
      ),
      label: '=Reward; Lucie',
    },
    {
      id: 'e3',
      ...draft(
        [
          { account: shopPayable('a'), cents: 1750 },
          { account: BANK, cents: -1750 },
        ],
        '2026-03-31',
      ),
      label: 'Payment',
    },
  ];

  it('writes the French spreadsheet: BOM, semicolons, decimal commas, dd/mm/yyyy, formulas neutralised', () => {
    expect(shopStatementCsv(shopStatement(entries, 'a', '2026-03'), 'fr')).toBe(
      '\uFEFFDate;Libellé;Montant (EUR);Solde dû (EUR)\r\n' +
        '01/03/2026;Solde au début du mois;;12,50\r\n' +
        `03/03/2026;"'=Reward; Lucie";5,00;17,50\r\n` +
        '31/03/2026;Payment;-17,50;0,00\r\n' +
        '31/03/2026;Solde à la fin du mois;;0,00\r\n',
    );
  });

  it('writes the English one: commas, decimal points, yyyy-mm-dd', () => {
    expect(shopStatementCsv(shopStatement(entries, 'a', '2026-02'), 'en')).toBe(
      'Date,Label,Amount (EUR),Balance owed (EUR)\r\n' +
        '2026-02-01,Opening balance,,0.00\r\n' +
        '2026-02-27,Reward,12.50,12.50\r\n' +
        '2026-02-28,Closing balance,,12.50\r\n',
    );
  });
});
