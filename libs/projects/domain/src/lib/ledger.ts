import { compareKeys, isCents } from '@assoc/shared-util';
import { ProjectProblem } from './problems';
import { countsInBalances, LedgerApproval } from './second-signature';
import { Share } from './split-rules';

/**
 * An account of a project's ledger:
 * - `participant:<membershipId>`: a participant (credited when they pay, debited when refunded);
 * - `project:cash`: the money the project holds (what the treasurer collected and not yet spent);
 * - `supplier:<name>`: a supplier paid for the project (debited by expenses).
 */
export type AccountId = `participant:${string}` | 'project:cash' | `supplier:${string}`;

export const PROJECT_CASH = 'project:cash' as const;

export const participantAccount = (membershipId: string): AccountId => `participant:${membershipId}`;
export const supplierAccount = (name: string): AccountId => `supplier:${name.trim()}`;

/** The membership id of a participant account, else null. */
export function participantOf(account: string): string | null {
  return account.startsWith('participant:') && account.length > 'participant:'.length
    ? account.slice('participant:'.length)
    : null;
}

/** True for a well-formed account id (a non-empty id or name after the prefix). */
export function isAccountId(value: unknown): value is AccountId {
  if (typeof value !== 'string') return false;
  if (value === PROJECT_CASH) return true;
  const match = /^(participant|supplier):(.+)$/s.exec(value);
  return !!match && match[2].trim() !== '';
}

/** What a movement is. */
export enum LedgerEntryKind {
  /** A participant pays into the project: debit project:cash, credit participant. */
  CONTRIBUTION = 'CONTRIBUTION',
  /** The project pays a supplier: debit supplier, credit project:cash, or credit the participant who paid directly. */
  EXPENSE = 'EXPENSE',
  /** Money given back: debit participant, credit project:cash; or from a supplier: debit project:cash, credit supplier. */
  REFUND = 'REFUND',
  /** Reverses an earlier entry (accounts swapped, same amount); the only way to correct one. */
  CORRECTION = 'CORRECTION',
}

/**
 * One append-only movement, in double entry: `cents` (positive) go to the `debit` account and
 * come from the `credit` account. Entries are never edited or deleted; a mistake is undone by a
 * CORRECTION entry that `reverses` it (see `reverse`).
 */
export interface LedgerEntry {
  id: string;
  debit: AccountId;
  credit: AccountId;
  cents: number;
  kind: LedgerEntryKind;
  /** For a CORRECTION: the id of the entry it reverses. */
  reverses?: string | null;
  /** Two signatures: only APPROVED entries (or ones without a state) count in balances (see `countsInBalances`). */
  approval?: LedgerApproval | null;
}

type AccountType = 'participant' | 'cash' | 'supplier';
const typeOf = (account: string): AccountType | null =>
  account === PROJECT_CASH
    ? 'cash'
    : account.startsWith('participant:')
      ? 'participant'
      : account.startsWith('supplier:')
        ? 'supplier'
        : null;

/** Which (debit, credit) account types each kind allows; CORRECTION mirrors the entry it reverses. */
export const KIND_ACCOUNTS: Readonly<
  Record<Exclude<LedgerEntryKind, LedgerEntryKind.CORRECTION>, readonly [AccountType, AccountType][]>
> = {
  [LedgerEntryKind.CONTRIBUTION]: [['cash', 'participant']],
  [LedgerEntryKind.EXPENSE]: [
    ['supplier', 'cash'],
    ['supplier', 'participant'],
  ],
  [LedgerEntryKind.REFUND]: [
    ['participant', 'cash'],
    ['cash', 'supplier'],
  ],
};

/** The CORRECTION entry that cancels `entry`: same amount, accounts swapped. */
export function reverse(entry: LedgerEntry, id: string): LedgerEntry {
  return {
    id,
    debit: entry.credit,
    credit: entry.debit,
    cents: entry.cents,
    kind: LedgerEntryKind.CORRECTION,
    reverses: entry.id,
  };
}

/**
 * Checks a new entry against the ledger so far; every problem, empty when valid: cents a positive
 * integer (isInt / min); accounts well-formed (isAccount) and different (sameAccount); a kind
 * from the list (isEnum) whose accounts fit KIND_ACCOUNTS (accountsNotForKind); a CORRECTION must
 * name an existing entry (reverses: required / entryNotFound) not reversed before
 * (alreadyReversed), and mirror it (reversalMismatch); only a CORRECTION reverses.
 */
export function ledgerEntryProblems(
  entry: Omit<LedgerEntry, 'id'>,
  previous: readonly LedgerEntry[],
): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  if (!isCents(entry.cents)) problems.push({ path: 'cents', reason: 'isInt' });
  else if (entry.cents < 1) problems.push({ path: 'cents', reason: 'min', params: { min: 1 } });
  const accountsOk = isAccountId(entry.debit) && isAccountId(entry.credit);
  if (!isAccountId(entry.debit)) problems.push({ path: 'debit', reason: 'isAccount' });
  if (!isAccountId(entry.credit)) problems.push({ path: 'credit', reason: 'isAccount' });
  if (accountsOk && entry.debit === entry.credit) problems.push({ path: 'credit', reason: 'sameAccount' });
  if (!Object.values(LedgerEntryKind).includes(entry.kind)) {
    problems.push({ path: 'kind', reason: 'isEnum' });
    return problems;
  }
  if (entry.kind === LedgerEntryKind.CORRECTION) {
    if (!entry.reverses) {
      problems.push({ path: 'reverses', reason: 'required' });
      return problems;
    }
    const original = previous.find((e) => e.id === entry.reverses);
    if (!original) problems.push({ path: 'reverses', reason: 'entryNotFound' });
    else if (previous.some((e) => e.reverses === original.id))
      problems.push({ path: 'reverses', reason: 'alreadyReversed' });
    else if (original.debit !== entry.credit || original.credit !== entry.debit || original.cents !== entry.cents) {
      problems.push({ path: 'reverses', reason: 'reversalMismatch' });
    }
    return problems;
  }
  if (entry.reverses) problems.push({ path: 'reverses', reason: 'reversalMismatch' });
  if (accountsOk && entry.debit !== entry.credit) {
    const pair = [typeOf(entry.debit), typeOf(entry.credit)];
    if (!KIND_ACCOUNTS[entry.kind].some(([d, c]) => d === pair[0] && c === pair[1]))
      problems.push({ path: 'kind', reason: 'accountsNotForKind' });
  }
  return problems;
}

/**
 * Every account's balance: the sum of its debits minus the sum of its credits. Each entry adds its
 * amount to one account and takes it from another, so the balances of all accounts always sum to
 * zero. Accounts are listed in code unit order of their ids. Entries awaiting or refused a second
 * signature (`countsInBalances`) are left out: every balance, the cash, spending and settle-up skip them.
 */
export function balances(entries: readonly LedgerEntry[]): Map<AccountId, number> {
  const result = new Map<AccountId, number>();
  for (const e of entries) {
    if (!countsInBalances(e)) continue;
    result.set(e.debit, (result.get(e.debit) ?? 0) + e.cents);
    result.set(e.credit, (result.get(e.credit) ?? 0) - e.cents);
  }
  return new Map([...result].sort(([a], [b]) => compareKeys(a, b)));
}

/** What the project holds: the balance of project:cash (contributions − expenses paid from it − refunds). */
export function projectCashCents(entries: readonly LedgerEntry[]): number {
  return balances(entries).get(PROJECT_CASH) ?? 0;
}

/** What was spent with suppliers, net of their refunds: the sum of the supplier accounts' balances. */
export function expensesTotalCents(entries: readonly LedgerEntry[]): number {
  let total = 0;
  for (const [account, cents] of balances(entries)) if (typeOf(account) === 'supplier') total += cents;
  return total;
}

export interface ParticipantBalance {
  membershipId: string;
  /** Paid into the project or to suppliers for it, net of refunds: the account's credits − debits. */
  paidCents: number;
  /** The participant's share (0 for someone with a ledger account but no share). */
  owedCents: number;
  /** paid − owed: positive, the project owes them; negative, they still owe. */
  balanceCents: number;
}

/**
 * Each participant's position: everyone with a share, plus anyone else who has a participant
 * account in the ledger (a member who left keeps their line), sorted by membership id.
 * The balances sum to (total paid by participants − total of the shares).
 */
export function participantBalances(entries: readonly LedgerEntry[], shares: readonly Share[]): ParticipantBalance[] {
  const paid = new Map<string, number>();
  for (const [account, cents] of balances(entries)) {
    const id = participantOf(account);
    if (id !== null) paid.set(id, -cents);
  }
  const owed = new Map(shares.map((s) => [s.membershipId, s.cents]));
  const ids = [...new Set([...owed.keys(), ...paid.keys()])].sort(compareKeys);
  return ids.map((membershipId) => {
    const paidCents = paid.get(membershipId) ?? 0;
    const owedCents = owed.get(membershipId) ?? 0;
    return { membershipId, paidCents, owedCents, balanceCents: paidCents - owedCents };
  });
}

/** How a contribution was paid. */
export enum PaymentMethod {
  TRANSFER = 'TRANSFER',
  CHEQUE = 'CHEQUE',
  CASH = 'CASH',
  CARD = 'CARD',
}

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, { fr: string; en: string }>> = {
  [PaymentMethod.TRANSFER]: { fr: 'Virement', en: 'Bank transfer' },
  [PaymentMethod.CHEQUE]: { fr: 'Chèque', en: 'Cheque' },
  [PaymentMethod.CASH]: { fr: 'Espèces', en: 'Cash' },
  [PaymentMethod.CARD]: { fr: 'Carte', en: 'Card' },
};

export const LEDGER_ENTRY_KIND_LABELS: Readonly<Record<LedgerEntryKind, { fr: string; en: string }>> = {
  [LedgerEntryKind.CONTRIBUTION]: { fr: 'Participation', en: 'Contribution' },
  [LedgerEntryKind.EXPENSE]: { fr: 'Dépense', en: 'Expense' },
  [LedgerEntryKind.REFUND]: { fr: 'Remboursement', en: 'Refund' },
  [LedgerEntryKind.CORRECTION]: { fr: 'Correction', en: 'Correction' },
};
