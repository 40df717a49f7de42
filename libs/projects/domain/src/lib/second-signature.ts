import { ProjectProblem } from './problems';

/**
 * Two signatures (issue 16): an expense above the association's threshold counts only once a second
 * board member, not the one who recorded it, approves it. Every other entry is APPROVED from the start.
 */
export enum LedgerApproval {
  /** Counts in the balances (every entry but an expense awaiting or refused its second signature). */
  APPROVED = 'APPROVED',
  /** An expense above the threshold awaiting a second board member: shown, not counted. */
  PENDING = 'PENDING',
  /** Refused by the second board member (with a reason): shown, never counted. */
  REJECTED = 'REJECTED',
}

/** The most characters of a refusal's reason. */
export const REJECTION_REASON_MAX = 500;

/** Whether an entry counts in balances, cash, spending and settle-up (one without a state counts). */
export const countsInBalances = (entry: { approval?: LedgerApproval | null }): boolean =>
  !entry.approval || entry.approval === LedgerApproval.APPROVED;

/**
 * Whether a new expense of `cents` waits for a second signature: only expenses, only when the
 * association set a threshold (null: off, the default), and only strictly above it.
 */
export function needsSecondSignature(isExpense: boolean, cents: number, thresholdCents: number | null): boolean {
  return isExpense && thresholdCents != null && cents > thresholdCents;
}

/** What a board member decides on a pending expense. */
export type SecondSignatureDecision = 'APPROVE' | 'REJECT';

/**
 * Why `deciderMembershipId` may not take `decision` on `entry`; empty when they may, and null when
 * the entry already carries this very decision (a repeat: nothing to record, it counts once).
 * - notPendingApproval: the entry never needed a second signature;
 * - alreadyApproved / alreadyRejected: the other decision was taken first;
 * - sameSigner: the member who recorded the expense cannot be its second signature;
 * - required (reason): a refusal says why.
 */
export function decisionProblems(
  entry: { approval: LedgerApproval; createdByMembershipId: string; decidedByMembershipId?: string | null },
  deciderMembershipId: string,
  decision: SecondSignatureDecision,
  reason?: string | null,
): ProjectProblem[] | null {
  const wanted = decision === 'APPROVE' ? LedgerApproval.APPROVED : LedgerApproval.REJECTED;
  if (entry.approval === wanted && entry.decidedByMembershipId) return null;
  if (entry.approval === LedgerApproval.APPROVED && !entry.decidedByMembershipId)
    return [{ path: 'entryId', reason: 'notPendingApproval' }];
  if (entry.approval === LedgerApproval.APPROVED) return [{ path: 'entryId', reason: 'alreadyApproved' }];
  if (entry.approval === LedgerApproval.REJECTED) return [{ path: 'entryId', reason: 'alreadyRejected' }];
  if (entry.createdByMembershipId === deciderMembershipId) return [{ path: 'entryId', reason: 'sameSigner' }];
  if (decision === 'REJECT' && !reason?.trim()) return [{ path: 'reason', reason: 'required' }];
  return [];
}

/** Why an entry cannot be reversed because of its signature: a pending one is rejected, a rejected one never counted. */
export function reversalApprovalProblem(approval: LedgerApproval | null | undefined): ProjectProblem | null {
  if (approval === LedgerApproval.PENDING) return { path: 'entryId', reason: 'reversePending' };
  if (approval === LedgerApproval.REJECTED) return { path: 'entryId', reason: 'reverseRejected' };
  return null;
}

/** What the entries awaiting a second signature add up to (shown beside the balances, not in them). */
export function pendingCents(entries: readonly { cents: number; approval?: LedgerApproval | null }[]): number {
  return entries.reduce((sum, e) => (e.approval === LedgerApproval.PENDING ? sum + e.cents : sum), 0);
}
