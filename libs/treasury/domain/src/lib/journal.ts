import { FieldProblem } from '@assoc/platform-domain';
import { isCalendarDay, MAX_CENTS } from '@assoc/shared-util';
import { accountKey, parseAccount, TreasuryAccount } from './accounts';

export const TREASURY_LABEL_MAX = 200;
export const TREASURY_REASON_MAX = 500;
export const TREASURY_LINES_MAX = 50;

/** Which domain posted an entry, and which of its records (`{ domain: 'loyalty', ref: '<redemption id>' }`). */
export interface TreasurySource {
  domain: string;
  ref: string;
}

/** One line: signed cents to an account (positive: debit, negative: credit). */
export interface TreasuryLine {
  account: TreasuryAccount;
  cents: number;
}

/** What a domain asks to post: the lines sum to zero. */
export interface TreasuryEntryDraft {
  /** The booking day, yyyy-mm-dd in the association's time zone. */
  day: string;
  label: string;
  source: TreasurySource;
  lines: TreasuryLine[];
}

/** A posted entry, as the ledger reads it back. */
export interface TreasuryEntry extends TreasuryEntryDraft {
  id: string;
  /** The entry this one reverses, if it is a reversal. */
  reverses?: string | null;
}

/** What is wrong with a draft, each problem naming its field (none: it can be posted). */
export function entryProblems(draft: TreasuryEntryDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCalendarDay(draft.day)) problems.push({ field: 'day', reason: 'isCalendarDay' });
  const label = draft.label.trim();
  if (!label) problems.push({ field: 'label', reason: 'required' });
  else if (label.length > TREASURY_LABEL_MAX)
    problems.push({ field: 'label', reason: 'maxLength', params: { max: TREASURY_LABEL_MAX } });
  if (!draft.source.domain.trim() || !draft.source.ref.trim())
    problems.push({ field: 'source', reason: 'treasurySourceMissing' });
  if (draft.lines.length < 2 || draft.lines.length > TREASURY_LINES_MAX)
    problems.push({ field: 'lines', reason: 'treasuryLinesCount', params: { max: TREASURY_LINES_MAX } });
  draft.lines.forEach((line, i) => {
    if (!parseAccount(accountKey(line.account)))
      problems.push({ field: `lines.${i}.account`, reason: 'treasuryAccountUnknown' });
    if (!Number.isSafeInteger(line.cents) || line.cents === 0 || Math.abs(line.cents) > MAX_CENTS)
      problems.push({ field: `lines.${i}.cents`, reason: 'treasuryLineCents' });
  });
  if (draft.lines.every((l) => Number.isSafeInteger(l.cents)) && sumCents(draft.lines) !== 0)
    problems.push({ field: 'lines', reason: 'treasuryUnbalanced', params: { offCents: sumCents(draft.lines) } });
  return problems;
}

export function sumCents(lines: readonly { cents: number }[]): number {
  return lines.reduce((sum, l) => sum + l.cents, 0);
}

/** Each account's balance (signed cents) over these entries, by account key; an account at zero is kept. */
export function balances(entries: readonly { lines: readonly TreasuryLine[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of entries)
    for (const line of entry.lines) {
      const key = accountKey(line.account);
      out.set(key, (out.get(key) ?? 0) + line.cents);
    }
  return out;
}

/** The entry that undoes `entry`: the same accounts, every amount negated, on `day`, saying why. */
export function reversalOf(entry: TreasuryEntry, day: string, reason: string): TreasuryEntryDraft {
  return {
    day,
    label: reason.trim(),
    source: { domain: 'treasury', ref: entry.id },
    lines: entry.lines.map((l) => ({ account: l.account, cents: 0 - l.cents })),
  };
}
