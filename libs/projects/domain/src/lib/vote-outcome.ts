import { Majority } from '@assoc/associations-domain';

/** A member's vote on a proposed project (one per member, changeable until the deadline). */
export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

/** The association's decision rules (from its settings) and how many members may vote. */
export interface VoteRules {
  /** Members who may vote (consultants excluded). */
  memberCount: number;
  /** Share of the members who must cast a vote, in whole percent (0 to 100). */
  quorumPercent: number;
  majority: Majority | 'SIMPLE' | 'TWO_THIRDS';
}

export interface VoteOutcome {
  /** Votes cast (abstentions included) ≥ quorumPercent % of memberCount. */
  quorumReached: boolean;
  /** Quorum reached and the majority of the votes cast for or against is "for". */
  approved: boolean;
  /** The members who have not voted yet can no longer change `approved` (see outcomeCanStillChange). */
  decided: boolean;
  /** Members who have not voted yet. */
  remaining: number;
}

/** Tallies votes into counts. */
export function countVotes(choices: Iterable<VoteChoice>): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0 };
  for (const choice of choices) {
    if (choice === VoteChoice.FOR) counts.for++;
    else if (choice === VoteChoice.AGAINST) counts.against++;
    else if (choice === VoteChoice.ABSTAIN) counts.abstain++;
  }
  return counts;
}

/**
 * Whether a vote passes, all in integer arithmetic:
 * - quorum: every vote cast counts, abstentions included: 100 × (for + against + abstain) ≥
 *   quorumPercent × memberCount;
 * - SIMPLE majority: for > against (abstentions count for the quorum only; a tie fails);
 * - TWO_THIRDS majority: 3 × for ≥ 2 × (for + against), and at least one vote for (abstentions
 *   alone pass nothing).
 * Approved = quorum reached and majority met.
 */
export function isApproved(counts: VoteCounts, rules: VoteRules): boolean {
  return quorumReached(counts, rules) && majorityMet(counts, rules.majority);
}

export function quorumReached(counts: VoteCounts, rules: Pick<VoteRules, 'memberCount' | 'quorumPercent'>): boolean {
  return 100 * (counts.for + counts.against + counts.abstain) >= rules.quorumPercent * rules.memberCount;
}

export function majorityMet(counts: VoteCounts, majority: VoteRules['majority']): boolean {
  if (majority === Majority.TWO_THIRDS) return counts.for > 0 && 3 * counts.for >= 2 * (counts.for + counts.against);
  return counts.for > counts.against;
}

/**
 * Whether the members who have not voted yet could still change whether the proposal passes,
 * the votes already cast being taken as they are. (Votes stay changeable until the deadline, but
 * if changes of existing votes counted, an outcome could almost never be settled early; the
 * president may close a vote early exactly when this returns false.)
 *
 * Exact, because approval only grows with "for" votes and only shrinks with "against" votes: a
 * proposal that does not pass yet can pass iff it passes when all the remaining members vote
 * for; one that passes can fail iff it fails when all the remaining members vote against (adding
 * votes never loses a quorum already reached).
 */
export function outcomeCanStillChange(counts: VoteCounts, rules: VoteRules): boolean {
  const remaining = remainingVoters(counts, rules.memberCount);
  if (remaining === 0) return false;
  if (isApproved(counts, rules)) return !isApproved({ ...counts, against: counts.against + remaining }, rules);
  return isApproved({ ...counts, for: counts.for + remaining }, rules);
}

/** Members who have not voted (never negative). */
export function remainingVoters(counts: VoteCounts, memberCount: number): number {
  return Math.max(0, memberCount - counts.for - counts.against - counts.abstain);
}

/** The outcome of a vote now: quorum, approval, and whether it is already decided. */
export function voteOutcome(input: VoteRules & VoteCounts): VoteOutcome {
  const counts = { for: input.for, against: input.against, abstain: input.abstain };
  return {
    quorumReached: quorumReached(counts, input),
    approved: isApproved(counts, input),
    decided: !outcomeCanStillChange(counts, input),
    remaining: remainingVoters(counts, input.memberCount),
  };
}
