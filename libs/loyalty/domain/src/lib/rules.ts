import { FieldProblem } from '@assoc/platform-domain';

/** The association's loyalty rule, set by the board (issue 17). Points are integers, money integer cents. */
export interface LoyaltySettings {
  /** The programme is running: shops record purchases and redeem rewards. */
  enabled: boolean;
  /** Points per whole euro spent (0–100). */
  pointsPerEuro: number;
  /** Extra points, in percent of the purchase's points, while one of the association's campaigns is running (0–500). */
  campaignBonusPercent: number;
  /** The most points one card earns from purchases in one shop on one day (the association's calendar day). */
  dailyCapPoints: number;
  /** The largest purchase a shop may record, in cents. */
  maxPurchaseCents: number;
}

/** Until the board sets its own rule: 1 point per euro, +50 % during a campaign, 200 points a day per shop, 1,000 € at most. */
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
  enabled: false,
  pointsPerEuro: 1,
  campaignBonusPercent: 50,
  dailyCapPoints: 200,
  maxPurchaseCents: 100_000,
};

export const LOYALTY_LIMITS = {
  pointsPerEuro: { min: 0, max: 100 },
  campaignBonusPercent: { min: 0, max: 500 },
  dailyCapPoints: { min: 1, max: 100_000 },
  maxPurchaseCents: { min: 100, max: 10_000_000 },
  rewardPoints: { min: 1, max: 1_000_000 },
  rewardValueCents: { min: 1, max: 1_000_000 },
  rewardLabel: { max: 80 },
  sharePercent: { min: 1, max: 100 },
  label: { max: 120 },
  reason: { max: 300 },
  awardPoints: { min: 1, max: 100_000 },
} as const;

function whole(value: number, field: string, { min, max }: { min: number; max: number }): FieldProblem[] {
  if (!Number.isSafeInteger(value)) return [{ field, reason: 'isInt' }];
  if (value < min) return [{ field, reason: 'min', params: { min } }];
  if (value > max) return [{ field, reason: 'max', params: { max } }];
  return [];
}

/** What is wrong with a rule the board submits, field by field (nothing: it may be saved). */
export function settingsProblems(s: LoyaltySettings): FieldProblem[] {
  return [
    ...whole(s.pointsPerEuro, 'pointsPerEuro', LOYALTY_LIMITS.pointsPerEuro),
    ...whole(s.campaignBonusPercent, 'campaignBonusPercent', LOYALTY_LIMITS.campaignBonusPercent),
    ...whole(s.dailyCapPoints, 'dailyCapPoints', LOYALTY_LIMITS.dailyCapPoints),
    ...whole(s.maxPurchaseCents, 'maxPurchaseCents', LOYALTY_LIMITS.maxPurchaseCents),
  ];
}

/**
 * The points a purchase earns before the daily cap. Rounding is stated and always down: the base is
 * `floor(cents × pointsPerEuro / 100)` (so 12,99 € at 1 point per euro is 12 points), the campaign bonus
 * `floor(base × bonus % / 100)` on top while a campaign runs. Never negative.
 */
export function purchasePoints(amountCents: number, settings: LoyaltySettings, campaignRunning: boolean): number {
  const base = Math.floor((amountCents * settings.pointsPerEuro) / 100);
  const bonus = campaignRunning ? Math.floor((base * settings.campaignBonusPercent) / 100) : 0;
  return Math.max(0, base + bonus);
}

/** Why a purchase amount cannot be recorded (positive, whole cents, at most the board's maximum), or null. */
export function purchaseAmountProblem(amountCents: number, settings: LoyaltySettings): FieldProblem | null {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return { field: 'amountCents', reason: 'loyaltyAmountPositive' };
  if (amountCents > settings.maxPurchaseCents)
    return {
      field: 'amountCents',
      reason: 'loyaltyAmountTooLarge',
      params: { max: (settings.maxPurchaseCents / 100).toFixed(2) },
    };
  return null;
}

/**
 * What the daily cap lets a card earn in one shop today: the points earned, all of them up to the cap, and
 * whether some were cut. `earnedToday` is what this card already earned from purchases in this shop today.
 * Null when the cap is already reached (the purchase is refused: nothing written).
 */
export function cappedPoints(
  points: number,
  earnedToday: number,
  dailyCapPoints: number,
): { points: number; capped: boolean } | null {
  const room = dailyCapPoints - earnedToday;
  if (room <= 0) return null;
  return points > room ? { points: room, capped: true } : { points, capped: false };
}

/** A co-created product's share of a sale's points for its beneficiary: `floor(points × % / 100)`. */
export function saleSharePoints(salePoints: number, sharePercent: number): number {
  return Math.max(0, Math.floor((salePoints * sharePercent) / 100));
}

/** A reward the board defines (e.g. 100 points for a 5 € voucher usable in any member shop). */
export interface LoyaltyRewardRule {
  label: string;
  pointsCost: number;
  valueCents: number;
  active: boolean;
}

export function rewardProblems(r: LoyaltyRewardRule): FieldProblem[] {
  const label = r.label.trim();
  return [
    ...(!label
      ? [{ field: 'label', reason: 'required' }]
      : label.length > LOYALTY_LIMITS.rewardLabel.max
        ? [{ field: 'label', reason: 'maxLength', params: { max: LOYALTY_LIMITS.rewardLabel.max } }]
        : []),
    ...whole(r.pointsCost, 'pointsCost', LOYALTY_LIMITS.rewardPoints),
    ...whole(r.valueCents, 'valueCents', LOYALTY_LIMITS.rewardValueCents),
  ];
}

/** Why this card cannot take this reward now (programme off, reward withdrawn, too few points), or null. */
export function redemptionProblem(
  reward: Pick<LoyaltyRewardRule, 'active' | 'pointsCost'> | null,
  balance: number,
  settings: Pick<LoyaltySettings, 'enabled'>,
): FieldProblem | null {
  if (!reward || !reward.active || !settings.enabled) return { field: 'rewardId', reason: 'loyaltyRewardUnavailable' };
  if (balance < reward.pointsCost)
    return { field: 'rewardId', reason: 'loyaltyInsufficientPoints', params: { balance, cost: reward.pointsCost } };
  return null;
}

/** How far a card is from each reward: 0 when it can take it now. */
export function pointsMissing(balance: number, pointsCost: number): number {
  return Math.max(0, pointsCost - balance);
}

/** Whether the balance after a change stays at zero or above (a card never goes below zero). */
export function balanceAfter(balance: number, change: number): number | null {
  const after = balance + change;
  return after < 0 ? null : after;
}

/** The kinds of points movement (append-only; a correction is a REVERSAL of one movement). */
export enum LoyaltyMovementKind {
  /** Points for a purchase recorded at a shop's counter. */
  PURCHASE = 'PURCHASE',
  /** A co-created product's share of a sale's points, to its beneficiary. */
  SALE_SHARE = 'SALE_SHARE',
  /** Points another domain awards (an adopted idea, a useful contribution, a helpful recommendation). */
  AWARD = 'AWARD',
  /** A reward taken in a shop (negative points; the pot owes the shop the reward's value). */
  REDEMPTION = 'REDEMPTION',
  /** Undoes one movement, with the board's reason. */
  REVERSAL = 'REVERSAL',
}
