import {
  budgetLineProblems,
  budgetTotals,
  lineTotals,
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
  ProjectCategory,
  VAT_RATES_BP,
} from '../index';

describe('project categories', () => {
  it('has a French and an English label for each', () => {
    expect(PROJECT_CATEGORIES).toHaveLength(8);
    expect(PROJECT_CATEGORY_LABELS[ProjectCategory.DECORATION].fr).toBe('Décoration');
    expect(PROJECT_CATEGORY_LABELS[ProjectCategory.DIGITAL]).toEqual({ fr: 'Numérique', en: 'Digital' });
    for (const c of PROJECT_CATEGORIES)
      expect(PROJECT_CATEGORY_LABELS[c].fr && PROJECT_CATEGORY_LABELS[c].en).toBeTruthy();
  });
});

describe('budget lines', () => {
  it('computes a line with VAT rounded half up', () => {
    expect(lineTotals({ quantity: 3, unitPriceCents: 12000, vatRateBp: 2000 })).toEqual({
      excludingVatCents: 36000,
      vatCents: 7200,
      includingVatCents: 43200,
    });
    // 125 × 10 % = 12.5 cents → 13
    expect(lineTotals({ quantity: 1, unitPriceCents: 125, vatRateBp: 1000 }).vatCents).toBe(13);
    // 9 × 5.5 % = 0.495 → 0 ; 10 × 5.5 % = 0.55 → 1
    expect(lineTotals({ quantity: 1, unitPriceCents: 9, vatRateBp: 550 }).vatCents).toBe(0);
    expect(lineTotals({ quantity: 1, unitPriceCents: 10, vatRateBp: 550 }).vatCents).toBe(1);
    // 2.1 % of 1 999 999 = 41999.979 → 42000
    expect(lineTotals({ quantity: 1, unitPriceCents: 1999999, vatRateBp: 210 })).toEqual({
      excludingVatCents: 1999999,
      vatCents: 42000,
      includingVatCents: 2041999,
    });
    expect(lineTotals({ quantity: 7, unitPriceCents: 1000, vatRateBp: 0 }).vatCents).toBe(0);
  });

  it('adds lines up, rounding VAT per line', () => {
    const totals = budgetTotals([
      { quantity: 1, unitPriceCents: 125, vatRateBp: 1000 },
      { quantity: 1, unitPriceCents: 125, vatRateBp: 1000 },
      { quantity: 2, unitPriceCents: 50000, vatRateBp: 2000 },
    ]);
    expect(totals.excludingVatCents).toBe(100250);
    expect(totals.vatCents).toBe(13 + 13 + 20000); // per line, not 25 on the 250 together
    expect(totals.includingVatCents).toBe(100250 + 20026);
    expect(totals.byVatRate).toEqual([
      { vatRateBp: 1000, excludingVatCents: 250, vatCents: 26 },
      { vatRateBp: 2000, excludingVatCents: 100000, vatCents: 20000 },
    ]);
    expect(budgetTotals([])).toMatchObject({ excludingVatCents: 0, vatCents: 0, includingVatCents: 0 });
  });

  it('allows the French VAT rates only', () => {
    expect([...VAT_RATES_BP]).toEqual([0, 210, 550, 1000, 2000]);
    const line = { label: 'Affiches', quantity: 1, unitPriceCents: 100 };
    for (const rate of VAT_RATES_BP) expect(budgetLineProblems([{ ...line, vatRateBp: rate }])).toEqual([]);
    for (const rate of [196, 700, 20, 2100, -1, 1.5]) {
      expect(budgetLineProblems([{ ...line, vatRateBp: rate }])).toEqual([
        { path: '0.vatRateBp', reason: 'vatRateNotAllowed' },
      ]);
    }
  });

  it('names every bad field', () => {
    expect(
      budgetLineProblems([
        {
          label: 'Encart presse',
          supplier: 'La Dépêche',
          quantity: 2,
          unitPriceCents: 45000,
          vatRateBp: 2000,
          soloPriceCents: 60000,
        },
        { label: '  ', quantity: 0, unitPriceCents: -5, vatRateBp: 2000 },
        { label: 'Guirlandes', quantity: 1.5, unitPriceCents: 12.3, vatRateBp: 2000, soloPriceCents: 0 },
        {
          label: 'x'.repeat(201),
          supplier: 'y'.repeat(201),
          quantity: 1,
          unitPriceCents: 1,
          vatRateBp: 2000,
          soloPriceCents: null,
        },
      ]),
    ).toEqual([
      { path: '1.label', reason: 'required' },
      { path: '1.quantity', reason: 'min', params: { min: 1 } },
      { path: '1.unitPriceCents', reason: 'min', params: { min: 1 } },
      { path: '2.quantity', reason: 'isInt' },
      { path: '2.unitPriceCents', reason: 'isInt' },
      { path: '2.soloPriceCents', reason: 'min', params: { min: 1 } },
      { path: '3.label', reason: 'maxLength', params: { max: 200 } },
      { path: '3.supplier', reason: 'maxLength', params: { max: 200 } },
    ]);
  });

  it('refuses budgets too large to count exactly', () => {
    const big = { label: 'Très cher', quantity: 1_000_000, unitPriceCents: 10_000_000, vatRateBp: 0 }; // 10^13
    expect(budgetLineProblems([big])).toEqual([]);
    expect(budgetLineProblems([big, { ...big, quantity: 1, unitPriceCents: 1 }])).toEqual([
      { path: '1.unitPriceCents', reason: 'max', params: { max: 1e13 } },
    ]);
    expect(budgetLineProblems([{ ...big, quantity: 1e9 }, big])).toEqual([
      { path: '0.unitPriceCents', reason: 'max', params: { max: 1e13 } },
    ]);
    expect(
      budgetLineProblems(
        Array.from({ length: 101 }, () => ({ label: 'a', quantity: 1, unitPriceCents: 1, vatRateBp: 0 })),
      ),
    ).toEqual([{ path: '', reason: 'arrayMaxSize', params: { max: 100 } }]);
  });
});
