import {
  calendarDayIn,
  centsToDecimal,
  csvDay,
  csvDocument,
  CsvLocale,
  csvText,
  currencyDecimals,
  DEFAULT_CURRENCY,
  DEFAULT_TIME_ZONE,
} from '@assoc/shared-util';
import { LEDGER_ENTRY_KIND_LABELS, LedgerEntryKind, PAYMENT_METHOD_LABELS, PaymentMethod } from './ledger';

/** One ledger entry as exported, with its accounts already given as names people read. */
export interface LedgerCsvRow {
  /** When it was recorded (UTC instant; written as a date in the time zone given). */
  at: Date;
  entryId: string;
  kind: LedgerEntryKind;
  description?: string | null;
  /** Name of the credited account: where the money comes from ("Boulangerie Martin", "Caisse du projet"). */
  from: string;
  /** Name of the debited account: where the money goes ("Imprimerie du Centre"). */
  to: string;
  paymentMethod?: PaymentMethod | null;
  cents: number;
  /** For a correction: the id of the entry it reverses. */
  reverses?: string | null;
}

export type { CsvLocale };

export interface LedgerCsvOptions {
  /** IANA zone the dates are written in; Europe/Paris by default. */
  timeZone?: string;
  /** ISO currency of the amounts (for the header and the number of decimals); EUR by default. */
  currency?: string;
}

const HEADERS: Record<CsvLocale, (currency: string) => string[]> = {
  fr: (c) => [
    'Date',
    "N° d'écriture",
    'Opération',
    'Libellé',
    'De',
    'À',
    'Moyen de paiement',
    `Montant (${c})`,
    "Annule l'écriture",
  ],
  en: (c) => ['Date', 'Entry', 'Type', 'Description', 'From', 'To', 'Payment method', `Amount (${c})`, 'Reverses'],
};

/**
 * A ledger as CSV that spreadsheets open correctly:
 * - fr: UTF-8 byte order mark, ";" between fields, decimal comma ("1234,56"), dates dd/mm/yyyy,
 *   French headers and labels (what French Excel and LibreOffice expect);
 * - en: no BOM, ",", decimal point, dates yyyy-mm-dd, English headers and labels.
 * Dates are the calendar day of `at` in `timeZone` (Europe/Paris by default), so an entry at
 * 23:30 UTC in summer is written as the next day. Amounts carry no thousands separator and the
 * currency's own number of decimals. Lines end with CRLF (RFC 4180). A field containing the
 * separator, a double quote, CR or LF is enclosed in double quotes, its quotes doubled; a text
 * field starting with = + - @ tab or CR is prefixed with an apostrophe so that a spreadsheet
 * does not run it as a formula.
 */
export function ledgerCsv(rows: readonly LedgerCsvRow[], locale: CsvLocale, options: LedgerCsvOptions = {}): string {
  const currency = options.currency ?? DEFAULT_CURRENCY;
  const decimals = currencyDecimals(currency);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const lines = rows.map((row) => [
    csvDay(calendarDayIn(row.at, timeZone), locale),
    csvText(row.entryId),
    LEDGER_ENTRY_KIND_LABELS[row.kind]?.[locale] ?? csvText(row.kind),
    csvText(row.description ?? ''),
    csvText(row.from),
    csvText(row.to),
    row.paymentMethod ? PAYMENT_METHOD_LABELS[row.paymentMethod][locale] : '',
    centsToDecimal(row.cents, locale === 'fr' ? ',' : '.', decimals),
    csvText(row.reverses ?? ''),
  ]);
  return csvDocument(HEADERS[locale](currency), lines, locale);
}

/** The file name to offer: "grand-livre-<slug>-<yyyy-mm-dd>.csv" / "ledger-<slug>-<yyyy-mm-dd>.csv". */
export function ledgerCsvFileName(
  projectSlug: string,
  on: Date,
  locale: CsvLocale,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return `${locale === 'fr' ? 'grand-livre' : 'ledger'}-${projectSlug}-${calendarDayIn(on, timeZone)}.csv`;
}
