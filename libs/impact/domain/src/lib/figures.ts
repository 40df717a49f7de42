import { divideRounded } from '@assoc/cashmobs-domain';

/**
 * The median of integer figures, rounded to the nearest integer (halves away from zero) when the
 * count is even; null for no figure.
 */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : divideRounded(sorted[middle - 1] + sorted[middle], 2);
}

/**
 * A shop is compared with the association's median only when the association has at least this many
 * shops: with fewer, the median would come close to telling one neighbour's figure.
 */
export const MIN_SHOPS_TO_COMPARE = 5;

/**
 * One shop's figure and the median over every shop of the association (its own included, shops
 * with nothing counting as 0). Only the median leaves this function, never another shop's figure;
 * null below `MIN_SHOPS_TO_COMPARE` shops.
 */
export function compareWithMedian(own: number, everyShop: readonly number[]): { own: number; median: number | null } {
  return { own, median: everyShop.length >= MIN_SHOPS_TO_COMPARE ? median(everyShop) : null };
}

export interface CashmobTakings {
  revenueCents: number | null;
  ordinaryRevenueCents: number | null;
}

/**
 * The uplift of several cashmobs together, in basis points: (Σ revenue − Σ ordinary) ÷ Σ ordinary over
 * the cashmobs whose shop gave both figures with an ordinary revenue above 0 (the single cashmob
 * report's formula, summed); null when none did.
 */
export function combinedUpliftBp(cashmobs: readonly CashmobTakings[]): number | null {
  const comparable = cashmobs.filter(
    (c) => c.revenueCents !== null && c.ordinaryRevenueCents !== null && c.ordinaryRevenueCents > 0,
  );
  if (!comparable.length) return null;
  const revenue = comparable.reduce((sum, c) => sum + (c.revenueCents as number), 0);
  const ordinary = comparable.reduce((sum, c) => sum + (c.ordinaryRevenueCents as number), 0);
  return divideRounded((revenue - ordinary) * 10000, ordinary);
}

export interface MembershipSpan {
  createdAt: Date;
  removedAt: Date | null;
}

/** How many people were members at the instant `at`. */
export function membersAt(memberships: readonly MembershipSpan[], at: Date): number {
  const t = at.getTime();
  return memberships.filter((m) => m.createdAt.getTime() < t && (m.removedAt === null || m.removedAt.getTime() >= t))
    .length;
}
