/**
 * Integer division rounded to the nearest, halves away from zero, in exact integer arithmetic
 * (`divideRounded(5, 2)` is 3, `divideRounded(-5, 2)` is -3). The divisor must be positive.
 */
export function divideRounded(numerator: number, divisor: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(divisor) || divisor <= 0)
    throw new RangeError(`Cannot divide ${numerator} by ${divisor}`);
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(divisor);
  const q = Number((2n * n + d) / (2n * d));
  return numerator < 0 ? -q : q;
}

export interface ReportInput {
  /** Confirmed sign-ups (waiting and cancelled ones do not count). */
  confirmed: number;
  /** People checked in, walk-ins included. */
  checkIns: number;
  /** Of those, walk-ins (no sign-up beforehand). */
  walkIns: number;
  /** The amounts the confirmed sign-ups intended to spend, integer cents. */
  intendedSpendsCents: readonly number[];
  /** Recorded by the shop once the cashmob started; null until then. */
  salesCount: number | null;
  revenueCents: number | null;
  /** The revenue of an ordinary comparable afternoon, if the shop gave one. */
  ordinaryRevenueCents: number | null;
}

export interface CashmobReport {
  confirmed: number;
  checkIns: number;
  walkIns: number;
  salesCount: number | null;
  revenueCents: number | null;
  /** revenue ÷ sales, rounded to the cent (halves away from zero); null without a sale. */
  averageBasketCents: number | null;
  /** Mean of the intended spends, rounded the same way; null without a sign-up. */
  averageIntendedSpendCents: number | null;
  /** The total the confirmed sign-ups intended to spend. */
  intendedTotalCents: number;
  /**
   * (revenue − ordinary) ÷ ordinary in basis points (10000 = +100 %), rounded the same way; null when
   * no result, or no ordinary revenue, or an ordinary revenue of 0 (the uplift is then undefined).
   */
  upliftBp: number | null;
}

/** The figures everyone in the association sees once a cashmob is over. */
export function cashmobReport(input: ReportInput): CashmobReport {
  const intendedTotalCents = input.intendedSpendsCents.reduce((sum, c) => sum + c, 0);
  const count = input.intendedSpendsCents.length;
  const revenue = input.revenueCents;
  return {
    confirmed: input.confirmed,
    checkIns: input.checkIns,
    walkIns: input.walkIns,
    salesCount: input.salesCount,
    revenueCents: revenue,
    averageBasketCents: revenue !== null && input.salesCount ? divideRounded(revenue, input.salesCount) : null,
    averageIntendedSpendCents: count ? divideRounded(intendedTotalCents, count) : null,
    intendedTotalCents,
    upliftBp:
      revenue !== null && input.ordinaryRevenueCents
        ? divideRounded((revenue - input.ordinaryRevenueCents) * 10000, input.ordinaryRevenueCents)
        : null,
  };
}
