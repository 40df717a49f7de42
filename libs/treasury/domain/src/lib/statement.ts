import { csvDay, csvDocument, CsvLocale, csvText, centsToDecimal } from '@assoc/shared-util';
import { accountKey, shopPayable } from './accounts';
import { TreasuryEntry } from './journal';

/** yyyy-mm: a calendar month. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The first day of the month and of the next one (yyyy-mm-dd), for `day >= from && day < to`. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

export interface StatementLine {
  entryId: string;
  day: string;
  label: string;
  /** What this entry adds to what the association owes the shop (a reward owed: positive; a payment: negative). */
  owedCents: number;
  /** What the association owes the shop after this entry. */
  balanceCents: number;
}

/** One shop's month: what it was owed at the start, the movements, what it is owed at the end. */
export interface ShopStatement {
  shopId: string;
  month: string;
  openingCents: number;
  lines: StatementLine[];
  closingCents: number;
}

/**
 * The statement of a shop's payable for a month. Amounts are what the association owes the shop, so
 * the opposite of the payable's signed balance (a liability is a credit). Entries in booking-day order,
 * then in the order given (the journal's).
 */
export function shopStatement(entries: readonly TreasuryEntry[], shopId: string, month: string): ShopStatement {
  const { from, to } = monthBounds(month);
  const key = accountKey(shopPayable(shopId));
  let opening = 0;
  const inMonth: { entry: TreasuryEntry; owed: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const owed = 0 - entry.lines.filter((l) => accountKey(l.account) === key).reduce((s, l) => s + l.cents, 0);
    if (owed === 0 && !entry.lines.some((l) => accountKey(l.account) === key)) return;
    if (entry.day < from) opening += owed;
    else if (entry.day < to) inMonth.push({ entry, owed, index });
  });
  inMonth.sort((a, b) => (a.entry.day < b.entry.day ? -1 : a.entry.day > b.entry.day ? 1 : a.index - b.index));
  let balance = opening;
  const lines = inMonth.map(({ entry, owed }) => {
    balance += owed;
    return { entryId: entry.id, day: entry.day, label: entry.label, owedCents: owed, balanceCents: balance };
  });
  return { shopId, month, openingCents: opening, lines, closingCents: balance };
}

const HEADERS: Record<CsvLocale, { header: string[]; opening: string; closing: string }> = {
  fr: {
    header: ['Date', 'Libellé', 'Montant (EUR)', 'Solde dû (EUR)'],
    opening: 'Solde au début du mois',
    closing: 'Solde à la fin du mois',
  },
  en: {
    header: ['Date', 'Label', 'Amount (EUR)', 'Balance owed (EUR)'],
    opening: 'Opening balance',
    closing: 'Closing balance',
  },
};

/** The statement as a spreadsheet of `locale` reads it: the opening line, one line per entry, the closing line. */
export function shopStatementCsv(statement: ShopStatement, locale: CsvLocale): string {
  const texts = HEADERS[locale];
  const amount = (cents: number) => centsToDecimal(cents, locale === 'fr' ? ',' : '.');
  const { from, to } = monthBounds(statement.month);
  const last = new Date(new Date(`${to}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  const rows = [
    [csvDay(from, locale), texts.opening, '', amount(statement.openingCents)],
    ...statement.lines.map((l) => [
      csvDay(l.day, locale),
      csvText(l.label),
      amount(l.owedCents),
      amount(l.balanceCents),
    ]),
    [csvDay(last, locale), texts.closing, '', amount(statement.closingCents)],
  ];
  return csvDocument(texts.header, rows, locale);
}
