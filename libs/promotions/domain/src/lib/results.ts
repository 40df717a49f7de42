import {
  calendarDayIn,
  centsToDecimal,
  csvDay,
  csvDocument,
  CsvLocale,
  csvText,
  currencyDecimals,
  DEFAULT_CURRENCY,
} from '@assoc/shared-util';

/** A voucher claimed on the public page (no personal data). */
export interface ClaimFact {
  at: Date;
  shopId: string;
}

/** A redemption recorded in a shop, with the basket when the shopkeeper gave it. */
export interface RedemptionFact {
  at: Date;
  shopId: string;
  basketCents: number | null;
}

/** One shop on one day (the association's calendar day). */
export interface ResultRow {
  day: string;
  shopId: string;
  claimed: number;
  redeemed: number;
  /** Sum of the baskets given, and how many redemptions gave one. */
  basketCents: number;
  basketCount: number;
}

export interface ResultTotals {
  claimed: number;
  redeemed: number;
  basketCents: number;
  basketCount: number;
}

/**
 * Claims and redemptions grouped by calendar day in `timeZone` and by shop, sorted by day then
 * shop id. A redemption late at night UTC counts on the local day it happened.
 */
export function resultsByDay(
  claims: readonly ClaimFact[],
  redemptions: readonly RedemptionFact[],
  timeZone: string,
): ResultRow[] {
  const rows = new Map<string, ResultRow>();
  const row = (at: Date, shopId: string) => {
    const day = calendarDayIn(at, timeZone);
    const key = `${day}|${shopId}`;
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { day, shopId, claimed: 0, redeemed: 0, basketCents: 0, basketCount: 0 }));
    return found;
  };
  for (const claim of claims) row(claim.at, claim.shopId).claimed++;
  for (const redemption of redemptions) {
    const found = row(redemption.at, redemption.shopId);
    found.redeemed++;
    if (redemption.basketCents !== null) {
      found.basketCents += redemption.basketCents;
      found.basketCount++;
    }
  }
  return [...rows.values()].sort((a, b) =>
    a.day === b.day ? (a.shopId < b.shopId ? -1 : a.shopId > b.shopId ? 1 : 0) : a.day < b.day ? -1 : 1,
  );
}

/** The sum of rows (a whole campaign, or one shop's rows). */
export function totalsOf(rows: readonly ResultRow[]): ResultTotals {
  return rows.reduce(
    (t, r) => ({
      claimed: t.claimed + r.claimed,
      redeemed: t.redeemed + r.redeemed,
      basketCents: t.basketCents + r.basketCents,
      basketCount: t.basketCount + r.basketCount,
    }),
    {
      claimed: 0,
      redeemed: 0,
      basketCents: 0,
      basketCount: 0,
    },
  );
}

const HEADERS: Record<CsvLocale, (currency: string) => string[]> = {
  fr: (c) => ['Date', 'Boutique', 'Bons retirés', 'Utilisations', `Paniers (${c})`, 'Paniers renseignés'],
  en: (c) => ['Date', 'Shop', 'Vouchers claimed', 'Redemptions', `Baskets (${c})`, 'Baskets recorded'],
};

/**
 * The results as CSV for French or English spreadsheets (see the shared `csvDocument`): one line
 * per day and shop, shops by name, amounts with the currency's decimals and no thousands separator.
 */
export function resultsCsv(
  rows: readonly ResultRow[],
  shopNames: ReadonlyMap<string, string>,
  locale: CsvLocale,
  currency = DEFAULT_CURRENCY,
): string {
  const decimals = currencyDecimals(currency);
  return csvDocument(
    HEADERS[locale](currency),
    rows.map((r) => [
      csvDay(r.day, locale),
      csvText(shopNames.get(r.shopId) ?? r.shopId),
      String(r.claimed),
      String(r.redeemed),
      centsToDecimal(r.basketCents, locale === 'fr' ? ',' : '.', decimals),
      String(r.basketCount),
    ]),
    locale,
  );
}

/** "resultats-<slug>.csv" / "results-<slug>.csv". */
export function resultsCsvFileName(campaignSlug: string, locale: CsvLocale): string {
  return `${locale === 'fr' ? 'resultats' : 'results'}-${campaignSlug}.csv`;
}
