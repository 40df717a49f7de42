import { ProjectStatus } from '@assoc/projects-domain';
import { ProjectEntity } from './project.entity';

/** What a new project states; the rest of its row starts empty (see `newDraft`). */
export type DraftFields = Pick<
  ProjectEntity,
  'associationId' | 'title' | 'description' | 'category' | 'splitRule' | 'authorMembershipId'
> &
  Partial<Pick<ProjectEntity, 'minParticipants' | 'minPledgedCents' | 'joinDeadline' | 'originLabel' | 'originLink'>>;

/**
 * A new project's row: a DRAFT not yet proposed, voted, frozen or edited. The one place a project is born, for
 * the members' form (`ProjectsService.create`) and for other domains (`ProjectDrafts.create`).
 */
export function newDraft(fields: DraftFields): Omit<ProjectEntity, 'id' | 'createdAt' | 'overpaymentLimitCents'> {
  return {
    ...fields,
    status: ProjectStatus.DRAFT,
    minParticipants: fields.minParticipants ?? null,
    minPledgedCents: fields.minPledgedCents ?? null,
    joinDeadline: fields.joinDeadline ?? null,
    originLabel: fields.originLabel ?? null,
    originLink: fields.originLink ?? null,
    proposedAt: null,
    voteDeadline: null,
    voteClosedAt: null,
    votesFor: null,
    votesAgainst: null,
    votesAbstain: null,
    voteMemberCount: null,
    quorumReached: null,
    frozenAt: null,
    updatedAt: null,
  };
}
