/** Typed amounts and their input values now live in shared-util (cashmobs use them too). */
export { centsToInput, parseAmountToCents } from '@assoc/shared-util';

/** A VAT rate in basis points as people read it: 210 → "2,1 %" in French, "2.1%" in English. */
export function formatVatRate(bp: number, language: string): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(bp / 10_000);
}
