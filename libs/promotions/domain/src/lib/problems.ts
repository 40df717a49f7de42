/**
 * One refused field, named by its path in the input ("endsAt", "percentOff") and a reason key.
 * Generic reasons reuse the platform's catalogue keys (isInt, min, max, maxLength, isUrl, isEmail,
 * endBeforeStart, deadlineInPast); the promotions' own reasons are in PROMOTIONS_MESSAGES (messages.ts).
 */
export interface PromotionProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}
