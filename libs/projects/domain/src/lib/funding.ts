import { ProjectEvent, ProjectStatus } from './project-status';

export interface FundingInput {
  /** Members who opted in at the deadline. */
  participants: number;
  /** Total pledged by them, in cents. */
  pledgedCents: number;
  /** Minimum number of participants, if the project set one. */
  minParticipants?: number | null;
  /** Minimum total pledged in cents, if the project set one. */
  minPledgedCents?: number | null;
}

/** Why a project is cancelled at its deadline. */
export type FundingMissReason = 'noParticipants' | 'minParticipants' | 'minPledged';

export type FundingDecision =
  | { status: ProjectStatus.FUNDED; event: ProjectEvent.FUNDING_REACHED }
  | { status: ProjectStatus.CANCELLED; event: ProjectEvent.FUNDING_MISSED; reasons: FundingMissReason[] };

/**
 * The all-or-nothing decision at the joining deadline: FUNDED when there is at least one
 * participant, at least minParticipants of them (if set) and at least minPledgedCents pledged
 * (if set); otherwise CANCELLED with every reason that applies, and nobody owes anything.
 */
export function fundingDecision(input: FundingInput): FundingDecision {
  const reasons: FundingMissReason[] = [];
  if (input.participants < 1) reasons.push('noParticipants');
  if (input.minParticipants != null && input.participants < input.minParticipants) reasons.push('minParticipants');
  if (input.minPledgedCents != null && input.pledgedCents < input.minPledgedCents) reasons.push('minPledged');
  return reasons.length
    ? { status: ProjectStatus.CANCELLED, event: ProjectEvent.FUNDING_MISSED, reasons }
    : { status: ProjectStatus.FUNDED, event: ProjectEvent.FUNDING_REACHED };
}
