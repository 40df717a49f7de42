import { compareKeys, isCents, scaledWeight, splitByLargestRemainder, splitEqually } from '@assoc/shared-util';
import { ok, ProjectProblem, ProjectResult, refused } from './problems';

/** How a project's total is divided among its participants. */
export enum SplitRuleKind {
  /** Everyone pays the same (to the cent: the leftover cents go to the smallest membership ids). */
  EQUAL = 'EQUAL',
  /** In proportion to each participant's weight (shop size, share of the benefit...). */
  WEIGHTED = 'WEIGHTED',
  /** Some participants pay a fixed amount; the rest is split equally among the others. */
  FIXED_AND_EQUAL = 'FIXED_AND_EQUAL',
}

export interface ParticipantWeight {
  membershipId: string;
  /** Positive, up to 6 decimal places (1, 1.5, 0.25). */
  weight: number;
}

export interface ParticipantFixedAmount {
  membershipId: string;
  /** Positive integer cents. */
  cents: number;
}

export type SplitRule =
  | { kind: SplitRuleKind.EQUAL }
  | {
      kind: SplitRuleKind.WEIGHTED;
      weights: readonly ParticipantWeight[];
      /** The weight of a participant absent from `weights` (someone who just opted in): 1 unless set. */
      defaultWeight?: number;
    }
  | { kind: SplitRuleKind.FIXED_AND_EQUAL; fixed: readonly ParticipantFixedAmount[] };

export const DEFAULT_WEIGHT = 1;

export interface Share {
  membershipId: string;
  cents: number;
}

/**
 * Each participant's share of `totalCents` under a split rule, listed in the participants' order.
 * The shares always sum exactly to the total and are never negative; the amount of each member
 * does not depend on the order of the participants or of the rule's entries.
 *
 * - EQUAL: splitByLargestRemainder with equal weights; the leftover cents (fewer than the number
 *   of participants) go one each to the smallest membership ids (code unit order).
 * - WEIGHTED: splitByLargestRemainder by the weights (participants not listed weigh
 *   `defaultWeight`, 1 by default); leftover cents by largest remainder, then larger weight, then
 *   smaller membership id.
 * - FIXED_AND_EQUAL: each listed participant pays their fixed amount; the rest (total − fixed sum)
 *   is split equally among the others as for EQUAL. The fixed amounts may not exceed the total
 *   (fixedExceedsTotal); when every participant has one they must sum to the total exactly
 *   (fixedMustSumToTotal).
 *
 * Problems (nothing is computed then): totalCents not a non-negative integer (path totalCents,
 * isInt / min); a participant listed twice (participants.i, participantRepeated); no participants
 * while the total is positive (participants, noParticipants); a weight or default weight that is
 * not positive (weights.i.weight / defaultWeight, weightNotPositive); a fixed amount that is not a
 * positive integer (fixed.i.cents, isInt / min); a rule entry for someone who does not take part
 * (weights.i.membershipId or fixed.i.membershipId, unknownParticipant) or listed twice
 * (participantRepeated); an unknown kind (kind, isEnum).
 */
export function computeShares(
  totalCents: number,
  rule: SplitRule,
  participants: readonly string[],
): ProjectResult<Share[]> {
  const problems: ProjectProblem[] = [];
  if (!isCents(totalCents)) problems.push({ path: 'totalCents', reason: 'isInt' });
  else if (totalCents < 0) problems.push({ path: 'totalCents', reason: 'min', params: { min: 0 } });
  const members = new Set<string>();
  participants.forEach((id, i) => {
    if (members.has(id)) problems.push({ path: `participants.${i}`, reason: 'participantRepeated' });
    members.add(id);
  });
  if (participants.length === 0 && totalCents > 0) problems.push({ path: 'participants', reason: 'noParticipants' });

  const checkEntries = (list: 'weights' | 'fixed', ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!members.has(id)) problems.push({ path: `${list}.${i}.membershipId`, reason: 'unknownParticipant' });
      else if (seen.has(id)) problems.push({ path: `${list}.${i}.membershipId`, reason: 'participantRepeated' });
      seen.add(id);
    });
  };

  switch (rule.kind) {
    case SplitRuleKind.EQUAL: {
      if (problems.length) return refused(problems);
      return ok(toShares(splitEqually(totalCents, participants)));
    }
    case SplitRuleKind.WEIGHTED: {
      checkEntries(
        'weights',
        rule.weights.map((w) => w.membershipId),
      );
      rule.weights.forEach((w, i) => {
        if (!isPositiveWeight(w.weight)) problems.push({ path: `weights.${i}.weight`, reason: 'weightNotPositive' });
      });
      const defaultWeight = rule.defaultWeight ?? DEFAULT_WEIGHT;
      if (!isPositiveWeight(defaultWeight)) problems.push({ path: 'defaultWeight', reason: 'weightNotPositive' });
      if (problems.length) return refused(problems);
      const weightOf = new Map(rule.weights.map((w) => [w.membershipId, w.weight]));
      return ok(
        toShares(
          splitByLargestRemainder(
            totalCents,
            participants.map((key) => ({ key, weight: weightOf.get(key) ?? defaultWeight })),
          ),
        ),
      );
    }
    case SplitRuleKind.FIXED_AND_EQUAL: {
      checkEntries(
        'fixed',
        rule.fixed.map((f) => f.membershipId),
      );
      rule.fixed.forEach((f, i) => {
        if (!isCents(f.cents)) problems.push({ path: `fixed.${i}.cents`, reason: 'isInt' });
        else if (f.cents < 1) problems.push({ path: `fixed.${i}.cents`, reason: 'min', params: { min: 1 } });
      });
      if (problems.length) return refused(problems);
      const fixedOf = new Map(rule.fixed.map((f) => [f.membershipId, f.cents]));
      const fixedSum = rule.fixed.reduce((s, f) => s + f.cents, 0);
      if (fixedSum > totalCents)
        return refused([{ path: 'fixed', reason: 'fixedExceedsTotal', params: { total: totalCents } }]);
      const others = participants.filter((id) => !fixedOf.has(id));
      if (others.length === 0 && fixedSum !== totalCents)
        return refused([{ path: 'fixed', reason: 'fixedMustSumToTotal', params: { total: totalCents } }]);
      const rest = new Map(splitEqually(totalCents - fixedSum, others).map((s) => [s.key, s.cents]));
      return ok(
        participants.map((membershipId) => ({
          membershipId,
          cents: fixedOf.get(membershipId) ?? rest.get(membershipId) ?? 0,
        })),
      );
    }
    default:
      return refused([{ path: 'kind', reason: 'isEnum' }]);
  }
}

/** True for a weight splitByLargestRemainder accepts: finite, positive once rounded to 6 places, at most 10^12. */
export function isPositiveWeight(weight: unknown): weight is number {
  if (typeof weight !== 'number' || !(weight > 0) || weight > MAX_WEIGHT) return false;
  try {
    scaledWeight(weight);
    return true;
  } catch {
    return false;
  }
}

/** The largest weight accepted. */
export const MAX_WEIGHT = 1_000_000_000_000;

/** Shares as a map from membership id to cents. */
export function sharesByMember(shares: readonly Share[]): Map<string, number> {
  return new Map(shares.map((s) => [s.membershipId, s.cents]));
}

/** Shares sorted by membership id (code unit order), for stable display and comparison. */
export function sortShares(shares: readonly Share[]): Share[] {
  return [...shares].sort((a, b) => compareKeys(a.membershipId, b.membershipId));
}

function toShares(split: { key: string; cents: number }[]): Share[] {
  return split.map((s) => ({ membershipId: s.key, cents: s.cents }));
}
