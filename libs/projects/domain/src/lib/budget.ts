import { MAX_CENTS } from '@assoc/shared-util';
import { ProjectProblem } from './problems';

/**
 * The French VAT rates a budget line may use, in basis points (1/100 of a percent):
 * 0 %, 2.1 %, 5.5 %, 10 % and 20 %.
 */
export const VAT_RATES_BP = [0, 210, 550, 1000, 2000] as const;
export type VatRateBp = (typeof VAT_RATES_BP)[number];

export function isVatRateBp(value: unknown): value is VatRateBp {
  return (VAT_RATES_BP as readonly unknown[]).includes(value);
}

/** One line of a project's budget. Amounts are integer cents. */
export interface BudgetLine {
  label: string;
  supplier?: string | null;
  /** A positive integer. */
  quantity: number;
  /** Price of one unit excluding VAT, positive integer cents. */
  unitPriceCents: number;
  /** One of VAT_RATES_BP. */
  vatRateBp: number;
  /** Optional: what one shop alone would pay for this whole line, including VAT (positive cents). */
  soloPriceCents?: number | null;
}

export interface LineTotals {
  excludingVatCents: number;
  vatCents: number;
  includingVatCents: number;
}

/**
 * A line's totals: excluding VAT = quantity × unit price (exact); VAT = excluding VAT × rate,
 * rounded half up to the cent on each line (12.5 cents → 13); including VAT = the sum of both.
 * Computed on integers (BigInt), so no floating-point error.
 */
export function lineTotals(line: Pick<BudgetLine, 'quantity' | 'unitPriceCents' | 'vatRateBp'>): LineTotals {
  const excl = BigInt(line.quantity) * BigInt(line.unitPriceCents);
  const vat = (excl * BigInt(line.vatRateBp) + 5000n) / 10000n;
  return { excludingVatCents: Number(excl), vatCents: Number(vat), includingVatCents: Number(excl + vat) };
}

export interface BudgetTotals extends LineTotals {
  /** Each line's totals, in the order given. */
  lines: LineTotals[];
  /** Excluding VAT and VAT per rate used, by ascending rate (for a quote-like summary). */
  byVatRate: { vatRateBp: number; excludingVatCents: number; vatCents: number }[];
}

/** The budget's totals: the sums of the lines' totals (VAT rounded per line, then added up). */
export function budgetTotals(
  lines: readonly Pick<BudgetLine, 'quantity' | 'unitPriceCents' | 'vatRateBp'>[],
): BudgetTotals {
  const each = lines.map(lineTotals);
  const sum = (pick: (t: LineTotals) => number) => each.reduce((s, t) => s + pick(t), 0);
  const rates = [...new Set(lines.map((l) => l.vatRateBp))].sort((a, b) => a - b);
  return {
    excludingVatCents: sum((t) => t.excludingVatCents),
    vatCents: sum((t) => t.vatCents),
    includingVatCents: sum((t) => t.includingVatCents),
    lines: each,
    byVatRate: rates.map((rate) => {
      const of = each.filter((_, i) => lines[i].vatRateBp === rate);
      return {
        vatRateBp: rate,
        excludingVatCents: of.reduce((s, t) => s + t.excludingVatCents, 0),
        vatCents: of.reduce((s, t) => s + t.vatCents, 0),
      };
    }),
  };
}

/** Longest label and supplier name accepted. */
export const BUDGET_LABEL_MAX_LENGTH = 200;
/** Most lines a budget may have. */
export const BUDGET_MAX_LINES = 100;

/**
 * Checks budget lines and returns every problem with its path ("2.unitPriceCents"), empty when
 * valid: a label is required (at most 200 characters, as the supplier); quantity, unit price and
 * solo price are positive integers (reasons isInt, then min with { min: 1 }); the VAT rate is one
 * of VAT_RATES_BP (vatRateNotAllowed); and the budget's total including VAT stays below MAX_CENTS
 * (max, reported on the offending line's unitPriceCents). At most 100 lines (path "", arrayMaxSize).
 */
export function budgetLineProblems(lines: readonly BudgetLine[]): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  if (lines.length > BUDGET_MAX_LINES)
    problems.push({ path: '', reason: 'arrayMaxSize', params: { max: BUDGET_MAX_LINES } });
  let running = 0;
  let overflowReported = false;
  lines.forEach((line, i) => {
    const at = (field: string) => `${i}.${field}`;
    if (typeof line.label !== 'string' || line.label.trim() === '')
      problems.push({ path: at('label'), reason: 'required' });
    else if (line.label.length > BUDGET_LABEL_MAX_LENGTH)
      problems.push({ path: at('label'), reason: 'maxLength', params: { max: BUDGET_LABEL_MAX_LENGTH } });
    if (line.supplier != null && line.supplier.length > BUDGET_LABEL_MAX_LENGTH) {
      problems.push({ path: at('supplier'), reason: 'maxLength', params: { max: BUDGET_LABEL_MAX_LENGTH } });
    }
    const amountsOk = [
      positiveInteger(line.quantity, at('quantity')),
      positiveInteger(line.unitPriceCents, at('unitPriceCents')),
    ];
    for (const p of amountsOk) if (p) problems.push(p);
    if (!isVatRateBp(line.vatRateBp)) problems.push({ path: at('vatRateBp'), reason: 'vatRateNotAllowed' });
    if (line.soloPriceCents != null) {
      const p = positiveInteger(line.soloPriceCents, at('soloPriceCents'));
      if (p) problems.push(p);
      else if (line.soloPriceCents > MAX_CENTS)
        problems.push({ path: at('soloPriceCents'), reason: 'max', params: { max: MAX_CENTS } });
    }
    if (amountsOk.every((p) => !p) && isVatRateBp(line.vatRateBp)) {
      const tooLarge = BigInt(line.quantity) * BigInt(line.unitPriceCents) > BigInt(MAX_CENTS);
      running += tooLarge ? MAX_CENTS + 1 : lineTotals(line).includingVatCents;
      if (running > MAX_CENTS && !overflowReported) {
        problems.push({ path: at('unitPriceCents'), reason: 'max', params: { max: MAX_CENTS } });
        overflowReported = true;
      }
    }
  });
  return problems;
}

function positiveInteger(value: unknown, path: string): ProjectProblem | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return { path, reason: 'isInt' };
  if (value < 1) return { path, reason: 'min', params: { min: 1 } };
  return null;
}
