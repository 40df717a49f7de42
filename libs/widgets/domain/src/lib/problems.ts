/**
 * One refused field, named by its path in the input ("accentColor", "shopIds.1") and a reason key.
 * Generic reasons reuse the platform's catalogue keys (isNotEmpty, maxLength, min, max, isInt,
 * isUrl); the widgets' own reasons are in WIDGETS_MESSAGES (messages.ts).
 */
export interface WidgetProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}
