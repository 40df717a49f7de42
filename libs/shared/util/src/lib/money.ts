import { DEFAULT_CURRENCY } from './currency';

/**
 * An amount of money: an integer number of the currency's minor unit ("cents": euro cents, and
 * francs for XPF, which has no minor unit) with its ISO 4217 currency code. Never a float.
 */
export interface Money {
  cents: number;
  currency: string;
}

/** The largest amount handled, in cents (10^13 cents = 100 billion euros), well inside 2^53. */
export const MAX_CENTS = 10_000_000_000_000;

/** True for an integer amount of cents, 0 included, that arithmetic on numbers keeps exact. */
export function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_CENTS;
}

/** Builds a money value, refusing (RangeError) anything that is not an integer number of cents. */
export function money(cents: number, currency: string = DEFAULT_CURRENCY): Money {
  if (!isCents(cents)) throw new RangeError(`Not an integer amount of cents: ${cents}`);
  return { cents, currency };
}

/** How many decimals the currency's minor unit has (2 for EUR, 0 for XPF), as Intl knows it. */
export function currencyDecimals(currency: string = DEFAULT_CURRENCY): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount of cents for people, with Intl: `formatMoney(123456, 'EUR', 'fr-FR')` is
 * "1 234,56 €" (Intl's narrow no-break space groups thousands and a no-break space precedes the
 * sign), `formatMoney(123456, 'EUR', 'en-GB')` is "€1,234.56". The cents are divided by the
 * currency's minor unit (100 for EUR, 1 for XPF); for |cents| ≤ MAX_CENTS the division is close
 * enough to the decimal value that the printed digits are exact.
 */
export function formatMoney(cents: number, currency: string = DEFAULT_CURRENCY, locale = 'fr-FR'): string {
  const decimals = currencyDecimals(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(cents / 10 ** decimals);
}

/**
 * Cents as a plain decimal number without grouping, exactly (integer arithmetic, no float):
 * `centsToDecimal(-123456, ',')` is "-1234,56". For files (CSV) rather than people.
 */
export function centsToDecimal(cents: number, decimalSeparator = '.', decimals = 2): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(decimals + 1, '0');
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}${decimalSeparator}${digits.slice(-decimals)}`;
}

/** One party of a split: a stable key (a membership id) and its positive weight. */
export interface SplitWeight {
  key: string;
  /** A positive number, taken to 6 decimal places (1.5, 0.25, 3), or a positive bigint. */
  weight: number | bigint;
}

/** What one party gets from a split, in cents. */
export interface SplitShare {
  key: string;
  cents: number;
}

/** How many decimal places of a number weight count: weights are scaled by 10^6 to integers. */
export const WEIGHT_DECIMALS = 6;
const WEIGHT_SCALE = 10n ** BigInt(WEIGHT_DECIMALS);

/**
 * A weight as an exact integer: a bigint as is, a number scaled by 10^6 after rounding to 6 decimal
 * places (its decimal writing, so 1.1 is exactly 1100000, not the float's binary value). Throws a
 * RangeError for weights that are not finite and positive once rounded (0.0000001 rounds to 0).
 */
export function scaledWeight(weight: number | bigint): bigint {
  if (typeof weight === 'bigint') {
    if (weight <= 0n) throw new RangeError(`A weight must be positive: ${weight}`);
    return weight * WEIGHT_SCALE;
  }
  if (!Number.isFinite(weight) || weight <= 0 || weight >= 1e21)
    throw new RangeError(`A weight must be a positive number: ${weight}`);
  const [whole, fraction = ''] = weight.toFixed(WEIGHT_DECIMALS).split('.');
  const scaled = BigInt(whole) * WEIGHT_SCALE + BigInt(fraction.padEnd(WEIGHT_DECIMALS, '0'));
  if (scaled <= 0n) throw new RangeError(`A weight must be at least 10^-${WEIGHT_DECIMALS}: ${weight}`);
  return scaled;
}

/**
 * Splits `totalCents` among parties in proportion to their weights, exactly to the cent, by the
 * largest-remainder rule:
 * 1. each party gets floor(total × weight / sum of weights), computed on integers (BigInt), so
 *    there is no floating-point error whatever the total and the weights;
 * 2. the cents left over (fewer than the number of parties) go one each to the parties with the
 *    largest remainders of that division;
 * 3. tie-break, deterministic and independent of the input order: equal remainders → the larger
 *    weight first, then the smaller key (plain UTF-16 code unit order, not locale order).
 *
 * So the shares always sum to the total, none is negative, and each is within one cent of the exact
 * proportional value (it is that value rounded down or up). The result lists the parties in the
 * input order, but the amount given to each key does not depend on that order.
 *
 * Throws a RangeError for a total that is not a non-negative integer of cents, an empty list with
 * a positive total, a weight that is not positive (see `scaledWeight`) or a repeated key: callers
 * validate people's input first (see the projects' split rules) and use this for the arithmetic.
 */
export function splitByLargestRemainder(totalCents: number, parties: readonly SplitWeight[]): SplitShare[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new RangeError(`The total must be a non-negative integer of cents: ${totalCents}`);
  if (parties.length === 0) {
    if (totalCents === 0) return [];
    throw new RangeError('Cannot split a positive total among nobody');
  }
  const keys = new Set<string>();
  for (const { key } of parties) {
    if (keys.has(key)) throw new RangeError(`Key repeated in a split: ${key}`);
    keys.add(key);
  }
  const total = BigInt(totalCents);
  const weights = parties.map((p) => scaledWeight(p.weight));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const rows = parties.map((party, index) => {
    const product = total * weights[index];
    return { index, key: party.key, weight: weights[index], cents: product / sum, remainder: product % sum };
  });
  let leftover = total - rows.reduce((a, r) => a + r.cents, 0n);
  const order = [...rows].sort(
    (a, b) =>
      compareBigDesc(a.remainder, b.remainder) || compareBigDesc(a.weight, b.weight) || compareKeys(a.key, b.key),
  );
  for (const row of order) {
    if (leftover === 0n) break;
    row.cents += 1n;
    leftover -= 1n;
  }
  return rows.map((r) => ({ key: r.key, cents: Number(r.cents) }));
}

/** Splits a total in equal parts (largest remainder: the leftover cents go to the smallest keys). */
export function splitEqually(totalCents: number, keys: readonly string[]): SplitShare[] {
  return splitByLargestRemainder(
    totalCents,
    keys.map((key) => ({ key, weight: 1n })),
  );
}

function compareBigDesc(a: bigint, b: bigint): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** Orders keys by UTF-16 code units, the same on every machine whatever its locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
