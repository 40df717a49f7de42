import { splitByLargestRemainder } from '@assoc/shared-util';
import {
  expensesTotalCents,
  LedgerEntry,
  ParticipantBalance,
  participantBalances,
  PROJECT_CASH,
  projectCashCents,
} from './ledger';
import { Balance, settleUp, Transfer } from './settle-up';
import { Share } from './split-rules';

/** What the shares that the balances are measured against are based on. */
export enum MoneyBasis {
  /** Before closing: the shares frozen at funding, over the voted budget. */
  BUDGET = 'BUDGET',
  /** Once the board closed the project: the same shares scaled to what was really spent. */
  SPENT = 'SPENT',
}

/**
 * The one money model a project's page shows: each participant's share on one basis, what they paid,
 * their balance, the project's own balance beside them, and the transfers that bring every one of
 * those balances to zero. Balances: positive, that party is owed money; negative, it owes.
 *
 * - BUDGET (funded or active): a participant's balance is paid − frozen share (what they still owe
 *   or are owed against their share); the project (key `project:cash`) balances them: it is owed
 *   what is still to collect, or owes back what was paid beyond the shares. Every participant
 *   settles with the project (pays it, or is paid back by it), nobody with each other.
 * - SPENT (closed): the shares are recomputed on what was really spent (see `closingShares`), the
 *   project's balance is −(the cash it still holds), which it hands out; the fewest transfers
 *   (settleUp) settle everyone, participants among themselves included.
 */
export interface ProjectMoney {
  basis: MoneyBasis;
  participants: ParticipantBalance[];
  /** The project's balance in the same model (key `project:cash` in the transfers). */
  projectBalanceCents: number;
  /** The sum of the shares on this basis (the budget, or what was spent). */
  sharesTotalCents: number;
  cashCents: number;
  expensesCents: number;
  transfers: Transfer[];
}

/**
 * The shares scaled to `spentCents`, summing to it exactly (largest remainder on the shares as
 * weights; equal parts when no share is positive). A negative amount (suppliers refunded more than
 * was spent) is split the same way and negated. Empty shares get nothing.
 */
export function closingShares(shares: readonly Share[], spentCents: number): Share[] {
  if (!shares.length || spentCents === 0) return shares.map((s) => ({ membershipId: s.membershipId, cents: 0 }));
  const positive = shares.filter((s) => s.cents > 0);
  const parties = positive.length
    ? positive.map((s) => ({ key: s.membershipId, weight: BigInt(s.cents) }))
    : shares.map((s) => ({ key: s.membershipId, weight: 1n }));
  const sign = spentCents < 0 ? -1 : 1;
  const split = new Map(
    splitByLargestRemainder(Math.abs(spentCents), parties).map((s) => [s.key, s.cents * sign || 0]),
  );
  return shares.map((s) => ({ membershipId: s.membershipId, cents: split.get(s.membershipId) ?? 0 }));
}

/** Each participant settles with the project: a debtor pays it, a creditor is paid back by it. */
function settleWithProject(participants: readonly ParticipantBalance[]): Transfer[] {
  return participants
    .filter((p) => p.balanceCents !== 0)
    .map((p) =>
      p.balanceCents < 0
        ? { from: p.membershipId, to: PROJECT_CASH, cents: -p.balanceCents }
        : { from: PROJECT_CASH, to: p.membershipId, cents: p.balanceCents },
    );
}

/**
 * The project's money on one basis: BUDGET until the board closes the project (`closed` false),
 * SPENT after. `shares` are the frozen shares. See `ProjectMoney`.
 */
export function projectMoney(entries: readonly LedgerEntry[], shares: readonly Share[], closed: boolean): ProjectMoney {
  const cashCents = projectCashCents(entries);
  const expensesCents = expensesTotalCents(entries);
  const basis = closed ? MoneyBasis.SPENT : MoneyBasis.BUDGET;
  const basisShares = closed ? closingShares(shares, expensesCents) : shares;
  const participants = participantBalances(entries, basisShares);
  const sharesTotalCents = basisShares.reduce((sum, s) => sum + s.cents, 0);
  if (!closed) {
    const projectBalanceCents = -participants.reduce((sum, p) => sum + p.balanceCents, 0) || 0;
    return {
      basis,
      participants,
      projectBalanceCents,
      sharesTotalCents,
      cashCents,
      expensesCents,
      transfers: settleWithProject(participants),
    };
  }
  const balances: Balance[] = participants.map((p) => ({ key: p.membershipId, cents: p.balanceCents }));
  // The shares sum to what was spent, so with the cash's −cash the balances sum to zero (double entry:
  // paid by participants = spent + cash). With nobody to share it, the spending stays with the project.
  const projectBalanceCents = -balances.reduce((sum, b) => sum + b.cents, 0) || 0;
  if (projectBalanceCents !== 0) balances.push({ key: PROJECT_CASH, cents: projectBalanceCents });
  return {
    basis,
    participants,
    projectBalanceCents,
    sharesTotalCents,
    cashCents,
    expensesCents,
    transfers: settleUp(balances),
  };
}

/** Applies transfers to balances keyed by party: the payer's balance rises, the payee's falls. */
export function applyTransfers(
  balances: ReadonlyMap<string, number>,
  transfers: readonly Transfer[],
): Map<string, number> {
  const result = new Map(balances);
  for (const t of transfers) {
    result.set(t.from, (result.get(t.from) ?? 0) + t.cents);
    result.set(t.to, (result.get(t.to) ?? 0) - t.cents);
  }
  return result;
}

/** The balances the page shows beside the transfers: each participant's, then the project's. */
export function shownBalances(money: ProjectMoney): Map<string, number> {
  return new Map([
    ...money.participants.map((p) => [p.membershipId, p.balanceCents] as const),
    [PROJECT_CASH, money.projectBalanceCents] as const,
  ]);
}

/** A contribution may go this far beyond what its participant still owes until the board lifts the limit (100,00 €). */
export const DEFAULT_OVERPAYMENT_LIMIT_CENTS = 10_000;

/**
 * How much a new contribution of `cents` goes beyond what the participant still owes against their
 * frozen share (0 when it does not): the amount a confirmation names.
 */
export function overpaymentCents(participant: ParticipantBalance | undefined, cents: number): number {
  const stillOwed = Math.max(0, -(participant?.balanceCents ?? 0));
  return Math.max(0, cents - stillOwed);
}
