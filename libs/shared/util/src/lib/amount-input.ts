/**
 * Amounts typed by people ("1 234,56", "12.5", "12") to integer cents and back, exactly (no
 * floating point): the decimal separator may be a comma or a dot, spaces group thousands.
 */
export function parseAmountToCents(text: string | number | null | undefined, decimals = 2): number | null {
  if (text === null || text === undefined) return null;
  const clean = String(text)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(clean);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return null;
  const cents = Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as the value of an amount input ("1234,56" in French, "1234.56" in English). */
export function centsToInput(cents: number | null | undefined, language: string, decimals = 2): string {
  if (cents === null || cents === undefined) return '';
  const digits = String(Math.abs(cents)).padStart(decimals + 1, '0');
  const separator = language === 'fr' ? ',' : '.';
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}${separator}${digits.slice(-decimals)}`;
  return (cents < 0 ? '-' : '') + text;
}
