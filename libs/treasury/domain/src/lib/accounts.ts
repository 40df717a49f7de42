/**
 * The association treasury's accounts (issue 17). An account is a kind, plus a reference for the kinds
 * that have one per something (a shop's payable: one per shop, named by the shop's id). The ledger's
 * logic never looks at a kind: a domain that needs a new account (dues receivable, gift cheques
 * outstanding...) adds its value here, and, when it has one per something, to `KINDS_WITH_REF`.
 */
export enum TreasuryAccountKind {
  /** The association's bank account (an asset: positive is money in the bank). */
  BANK = 'BANK',
  /** What the loyalty programme has set aside to pay its rewards. */
  LOYALTY_POT = 'LOYALTY_POT',
  /** What the association owes one shop (a liability: negative is owed to the shop). */
  SHOP_PAYABLE = 'SHOP_PAYABLE',
  INCOME = 'INCOME',
  EXPENSES = 'EXPENSES',
  /** Dues members owe (the dues issue posts here). */
  DUES_RECEIVABLE = 'DUES_RECEIVABLE',
  /** Gift cheques sold and not yet spent (the gift-cheque issue posts here). */
  GIFT_CHEQUES_OUTSTANDING = 'GIFT_CHEQUES_OUTSTANDING',
}

/** The kinds with one account per something (the reference names it). */
export const KINDS_WITH_REF: ReadonlySet<TreasuryAccountKind> = new Set([TreasuryAccountKind.SHOP_PAYABLE]);

export interface TreasuryAccount {
  kind: TreasuryAccountKind;
  /** Set exactly for the kinds of `KINDS_WITH_REF` (a shop's id for a payable). */
  ref?: string | null;
}

/** The account as stored: `BANK`, `SHOP_PAYABLE:<shop id>`. */
export function accountKey(account: TreasuryAccount): string {
  return account.ref ? `${account.kind}:${account.ref}` : account.kind;
}

/** The account a stored key names, or null if it is not one (an unknown kind, a reference missing or extra). */
export function parseAccount(key: string): TreasuryAccount | null {
  const at = key.indexOf(':');
  const kind = (at < 0 ? key : key.slice(0, at)) as TreasuryAccountKind;
  const ref = at < 0 ? null : key.slice(at + 1);
  if (!Object.values(TreasuryAccountKind).includes(kind)) return null;
  if (KINDS_WITH_REF.has(kind) !== !!ref) return null;
  return { kind, ref };
}

export function shopPayable(shopId: string): TreasuryAccount {
  return { kind: TreasuryAccountKind.SHOP_PAYABLE, ref: shopId };
}

export const BANK: TreasuryAccount = { kind: TreasuryAccountKind.BANK };
export const INCOME: TreasuryAccount = { kind: TreasuryAccountKind.INCOME };
export const EXPENSES: TreasuryAccount = { kind: TreasuryAccountKind.EXPENSES };
