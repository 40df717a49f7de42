import { MoneyBasis, PROJECT_CASH } from '@assoc/projects-domain';

/** The money model as the API sends it (`balances` of the ledger query). */
export interface MoneyModel {
  basis: MoneyBasis | `${MoneyBasis}`;
  cashCents: number;
  expensesCents: number;
  sharesTotalCents: number;
  projectBalanceCents: number;
  participants: readonly { membershipId: string; paidCents: number; owedCents: number; balanceCents: number }[];
  transfers: readonly { from: string; to: string; cents: number }[];
}

/** A translation key and its params; amounts are cents, formatted by the caller. */
export interface Said {
  key: string;
  params: Record<string, string | number>;
}

/** One line of the balances: a participant, or the project itself, with what its balance means. */
export interface MoneyRow {
  /** A membership id, or `project:cash`. */
  key: string;
  shareCents: number | null;
  paidCents: number | null;
  balanceCents: number;
  status: Said;
}

/**
 * How a transfer is said: the project's fund is named as a thing ("à la caisse du projet", "the
 * project fund pays"), not slotted in where a person's name goes ("verse 152,00 € à Caisse du projet").
 */
export function transferKey(transfer: { from: string; to: string }): string {
  if (transfer.to === PROJECT_CASH) return 'projects.balances.transferToProject';
  if (transfer.from === PROJECT_CASH) return 'projects.balances.transferFromProject';
  return 'projects.balances.transfer';
}

const basisKey = (basis: MoneyModel['basis']) => (basis === MoneyBasis.SPENT ? 'spent' : 'budget');

/**
 * What the balances section says, in one model: which basis it shows (in words), one row per
 * participant and one for the project, and the transfers that bring every row to zero.
 */
export function moneyView(model: MoneyModel): { basis: Said; rows: MoneyRow[]; transfers: MoneyModel['transfers'] } {
  const basis = basisKey(model.basis);
  const statusOf = (balance: number, project: boolean): Said => {
    if (balance === 0) return { key: 'projects.balances.even', params: {} };
    const amount = Math.abs(balance);
    if (project)
      return { key: `projects.balances.project.${basis}.${balance < 0 ? 'gives' : 'collects'}`, params: { amount } };
    return { key: balance < 0 ? 'projects.balances.owes' : 'projects.balances.owed', params: { amount } };
  };
  return {
    basis: {
      key: `projects.balances.basis.${basis}`,
      params: { total: model.sharesTotalCents, spent: model.expensesCents, cash: model.cashCents },
    },
    rows: [
      ...model.participants.map((p) => ({
        key: p.membershipId,
        shareCents: p.owedCents,
        paidCents: p.paidCents,
        balanceCents: p.balanceCents,
        status: statusOf(p.balanceCents, false),
      })),
      {
        key: PROJECT_CASH,
        shareCents: null,
        paidCents: null,
        balanceCents: model.projectBalanceCents,
        status: statusOf(model.projectBalanceCents, true),
      },
    ],
    transfers: model.transfers,
  };
}
