export const DEFAULT_CURRENCY = 'EUR';

/** Currencies an association may keep its accounts in (ISO 4217). */
export const SUPPORTED_CURRENCIES = ['EUR', 'CHF', 'XPF', 'GBP', 'USD', 'CAD'] as const;

export function isSupportedCurrency(code: string): boolean {
  return (SUPPORTED_CURRENCIES as readonly string[]).includes(code);
}
