/**
 * A CSV writer for French and English spreadsheets, shared by every export:
 * - fr: UTF-8 byte order mark, ";" between fields, decimal comma, dates dd/mm/yyyy;
 * - en: no BOM, ",", decimal point, dates yyyy-mm-dd.
 * Lines end with CRLF (RFC 4180). A field containing either locale's separator ("," or ";"), a double
 * quote, CR or LF is enclosed in double quotes, its quotes doubled: a spreadsheet that guesses the
 * other separator still reads one cell (and never a cell starting with "=" cut out of the text). Free text goes through `csvText`, which prefixes
 * an apostrophe to anything a spreadsheet would run as a formula.
 */
export type CsvLocale = 'fr' | 'en';

/** The whole file: the header line then one line per row, every field quoted as needed. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  locale: CsvLocale,
): string {
  const separator = csvSeparator(locale);
  const lines = [header, ...rows].map((line) => line.map((value) => csvField(value)).join(separator));
  return (locale === 'fr' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

export function csvSeparator(locale: CsvLocale): string {
  return locale === 'fr' ? ';' : ',';
}

/** Neutralises spreadsheet formulas in free text (= + - @ tab or CR at the start). */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A number as the exports write it: "1234,56", "-0.05", "12". */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * Quotes a field when it holds a separator of either locale ("," or ";"), a double quote, CR or LF;
 * a plain number keeps its decimal comma unquoted (it holds no formula to cut out).
 */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) || (value.includes(',') && !PLAIN_NUMBER.test(value))
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** The calendar day of an instant in `timeZone`, as yyyy-mm-dd. */
export function calendarDayIn(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dayFormat(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** A yyyy-mm-dd day as the spreadsheet of `locale` reads it (dd/mm/yyyy in French). */
export function csvDay(day: string, locale: CsvLocale): string {
  const [year, month, date] = day.split('-');
  return locale === 'fr' ? `${date}/${month}/${year}` : day;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format)
    formats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return format;
}
