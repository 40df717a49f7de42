/**
 * Numbers, counted nouns and dates by the rules of the reader's language, for every place that
 * writes them outside Angular's pipes: PDFs and mails on the API, chart labels on the web. Intl only.
 * French: "1er décembre" (the first of a month is an ordinal), "0 financé", "1 financé", "2 financés"
 * (0 and 1 take the singular), "1 234" with a narrow no-break space (U+202F) between thousands.
 */

/** The BCP 47 tag each of the app's languages formats with. */
export function localeTag(language: string): 'fr-FR' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/** An integer with the language's thousands separator: "12 345" / "12,345". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: 0 }).format(value);
}

/** A noun's forms by plural category (CLDR): `other` is required, `one` and `many` when they differ. */
export type PluralForms = { one?: string; many?: string; other: string };

/** The form of a noun that goes with `count`, by Intl.PluralRules: French 0 and 1 are singular. */
export function pluralForm(count: number, language: string, forms: PluralForms): string {
  const category = new Intl.PluralRules(localeTag(language)).select(count);
  return (category === 'one' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}

/** "1 financé", "12 345 bons retirés", "1 voucher claimed": the number and its noun agreed. */
export function formatCounted(count: number, language: string, forms: PluralForms): string {
  return `${formatCount(count, language)} ${pluralForm(count, language, forms)}`;
}

/** French writes the first of a month "1er" when the month is a word ("1er décembre", not "01/12"). */
function withOrdinalFirst(parts: Intl.DateTimeFormatPart[], language: string): string {
  const monthInWords = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
  return parts
    .map((p) => (language !== 'en' && monthInWords && p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value))
    .join('');
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day (yyyy-mm-dd, no time zone): "1er décembre 2026" / "1 December 2026". */
export function formatDay(isoDay: string, language: string, options: Intl.DateTimeFormatOptions = DAY_FORMAT): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const parts = new Intl.DateTimeFormat(localeTag(language), { ...options, timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
  return withOrdinalFirst(parts, language);
}

/** An instant as the wall clock of `timeZone` shows it: "1er juin 2026 à 10:00" / "1 June 2026 at 10:00". */
export function formatInstant(
  instant: Date,
  language: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = DAY_FORMAT,
): string {
  return withOrdinalFirst(
    new Intl.DateTimeFormat(localeTag(language), { ...options, timeZone }).formatToParts(instant),
    language,
  );
}
