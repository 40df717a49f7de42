import { IdeaStatus } from '@assoc/community-domain';
import { IdeaEntity } from './idea.entity';

/** What a new idea states: its text, kind, author columns and time; the rest of its row starts empty. */
export type NewIdeaFields = Pick<
  IdeaEntity,
  'associationId' | 'title' | 'description' | 'kind' | 'authorMembershipId' | 'authorCustomerId' | 'createdAt'
>;

/**
 * A new idea's row: OPEN, not answered, marked useful or adopted yet. The one place an idea is born, for
 * `IdeasService.propose` and the demo.
 */
export function newIdea(fields: NewIdeaFields): Omit<IdeaEntity, 'id'> {
  return {
    ...fields,
    status: IdeaStatus.OPEN,
    answerReason: null,
    answeredAt: null,
    answeredByMembershipId: null,
    usefulAt: null,
    adoptedAt: null,
    outcomeKind: null,
    projectId: null,
    campaignId: null,
    updatedAt: null,
  };
}
