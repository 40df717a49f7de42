import {
  decisionProblems,
  LedgerApproval as A,
  LedgerEntry,
  LedgerEntryKind as K,
  needsSecondSignature,
  participantAccount,
  PROJECT_CASH,
  pendingCents,
  projectMoney,
  reversalApprovalProblem,
  supplierAccount,
} from '../index';

describe('two signatures', () => {
  it('holds only expenses strictly above a threshold the association set (off when none)', () => {
    expect(needsSecondSignature(true, 50_001, 50_000)).toBe(true);
    expect(needsSecondSignature(true, 50_000, 50_000)).toBe(false);
    expect(needsSecondSignature(false, 90_000, 50_000)).toBe(false);
    expect(needsSecondSignature(true, 90_000, null)).toBe(false);
    expect(needsSecondSignature(true, 1, 0)).toBe(true);
  });

  it('leaves a pending or rejected expense out of every balance, and counts it once approved', () => {
    const alice = participantAccount('alice');
    const entries = (approval: A): LedgerEntry[] => [
      { id: 'c', debit: PROJECT_CASH, credit: alice, cents: 100_000, kind: K.CONTRIBUTION },
      { id: 'x', debit: supplierAccount('Menuiserie'), credit: PROJECT_CASH, cents: 60_000, kind: K.EXPENSE, approval },
    ];
    const shares = [{ membershipId: 'alice', cents: 100_000 }];
    for (const held of [A.PENDING, A.REJECTED]) {
      const money = projectMoney(entries(held), shares, true);
      expect({ cash: money.cashCents, spent: money.expensesCents }).toEqual({ cash: 100_000, spent: 0 });
    }
    const approved = projectMoney(entries(A.APPROVED), shares, true);
    expect({ cash: approved.cashCents, spent: approved.expensesCents }).toEqual({ cash: 40_000, spent: 60_000 });
    expect(pendingCents(entries(A.PENDING))).toBe(60_000);
    expect(pendingCents(entries(A.APPROVED))).toBe(0);
  });

  it('lets a second board member decide once, never the one who recorded it', () => {
    const pending = { approval: A.PENDING, createdByMembershipId: 'treasurer', decidedByMembershipId: null };
    expect(decisionProblems(pending, 'president', 'APPROVE')).toEqual([]);
    expect(decisionProblems(pending, 'treasurer', 'APPROVE')).toEqual([{ path: 'entryId', reason: 'sameSigner' }]);
    expect(decisionProblems(pending, 'president', 'REJECT', '  ')).toEqual([{ path: 'reason', reason: 'required' }]);
    expect(decisionProblems(pending, 'president', 'REJECT', 'Devis non signé')).toEqual([]);
    const approved = { ...pending, approval: A.APPROVED, decidedByMembershipId: 'president' };
    expect(decisionProblems(approved, 'board', 'APPROVE')).toBeNull();
    expect(decisionProblems(approved, 'board', 'REJECT', 'non')).toEqual([
      { path: 'entryId', reason: 'alreadyApproved' },
    ]);
    const rejected = { ...pending, approval: A.REJECTED, decidedByMembershipId: 'president' };
    expect(decisionProblems(rejected, 'board', 'APPROVE')).toEqual([{ path: 'entryId', reason: 'alreadyRejected' }]);
    const ordinary = { approval: A.APPROVED, createdByMembershipId: 'treasurer', decidedByMembershipId: null };
    expect(decisionProblems(ordinary, 'president', 'APPROVE')).toEqual([
      { path: 'entryId', reason: 'notPendingApproval' },
    ]);
  });

  it('refuses to reverse a pending or rejected expense', () => {
    expect(reversalApprovalProblem(A.PENDING)?.reason).toBe('reversePending');
    expect(reversalApprovalProblem(A.REJECTED)?.reason).toBe('reverseRejected');
    expect(reversalApprovalProblem(A.APPROVED)).toBeNull();
  });
});
