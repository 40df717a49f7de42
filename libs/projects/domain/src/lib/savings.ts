import { BudgetLine } from './budget';
import { Share } from './split-rules';

/** What one shop alone would pay for the lines that have a solo price (lines without one count 0). */
export function soloTotalCents(lines: readonly Pick<BudgetLine, 'soloPriceCents'>[]): number {
  return lines.reduce((sum, line) => sum + (line.soloPriceCents ?? 0), 0);
}

/**
 * A member's saving against going alone: the solo prices of the lines that have one, minus the
 * member's share of the whole project. It may be negative: when the pooled share costs more than
 * the solo prices given (few participants, or lines without a solo price that the share still
 * pays for), the project costs that member more than going alone for the priced lines.
 */
export function savings(lines: readonly Pick<BudgetLine, 'soloPriceCents'>[], shareCents: number): number {
  return soloTotalCents(lines) - shareCents;
}

export interface ProjectSavings {
  /** Each participant's saving, in the order of the shares. */
  perMember: { membershipId: string; savingCents: number }[];
  /** The sum of the members' savings: participants × solo total − project total. */
  totalCents: number;
}

/** Every participant's saving and the project's total saving (what the impact dashboard adds up). */
export function projectSavings(
  lines: readonly Pick<BudgetLine, 'soloPriceCents'>[],
  shares: readonly Share[],
): ProjectSavings {
  const solo = soloTotalCents(lines);
  const perMember = shares.map((s) => ({ membershipId: s.membershipId, savingCents: solo - s.cents }));
  return { perMember, totalCents: perMember.reduce((sum, m) => sum + m.savingCents, 0) };
}
