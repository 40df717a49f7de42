import { compareKeys } from '@assoc/shared-util';

/** A party's balance in cents: what they paid minus what they owed (positive: they are owed money). */
export interface Balance {
  key: string;
  cents: number;
}

/** One payment that settles accounts: `from` pays `to` this many cents (always positive). */
export interface Transfer {
  from: string;
  to: string;
  cents: number;
}

/**
 * The transfers that bring every balance to zero, at most (number of non-zero balances − 1) of
 * them, hence at most N − 1. Greedy: repeatedly the largest debtor pays the largest creditor the
 * smaller of the two amounts, which clears at least one of them. Ties between equal amounts go to
 * the smaller key (code unit order), so the result does not depend on the input order.
 *
 * Throws a RangeError when the balances are not integers, do not sum to zero, or repeat a key.
 */
export function settleUp(balances: readonly Balance[]): Transfer[] {
  const keys = new Set<string>();
  let sum = 0;
  for (const b of balances) {
    if (!Number.isSafeInteger(b.cents)) throw new RangeError(`Not an integer balance: ${b.key} ${b.cents}`);
    if (keys.has(b.key)) throw new RangeError(`Key repeated: ${b.key}`);
    keys.add(b.key);
    sum += b.cents;
  }
  if (sum !== 0) throw new RangeError(`Balances must sum to zero, not ${sum}`);

  const byLargest = (a: Balance, b: Balance) => Math.abs(b.cents) - Math.abs(a.cents) || compareKeys(a.key, b.key);
  const debtors = balances.filter((b) => b.cents < 0).map((b) => ({ ...b }));
  const creditors = balances.filter((b) => b.cents > 0).map((b) => ({ ...b }));
  const transfers: Transfer[] = [];
  while (debtors.length && creditors.length) {
    debtors.sort(byLargest);
    creditors.sort(byLargest);
    const debtor = debtors[0];
    const creditor = creditors[0];
    const cents = Math.min(-debtor.cents, creditor.cents);
    transfers.push({ from: debtor.key, to: creditor.key, cents });
    debtor.cents += cents;
    creditor.cents -= cents;
    if (debtor.cents === 0) debtors.shift();
    if (creditor.cents === 0) creditors.shift();
  }
  return transfers;
}
