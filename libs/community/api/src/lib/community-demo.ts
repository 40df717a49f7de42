import { IdeaOutcomeKind } from '@assoc/community-domain';
import { EntityManager } from 'typeorm';
import { CoCreatedProductEntity } from './co-created-product.entity';
import { IdeaCommentEntity, IdeaEntity, IdeaSupportEntity } from './idea.entity';
import { newIdea, NewIdeaFields } from './new-idea';
import { RecommendationEntity } from './recommendation.entity';

/** An answer the board gave a demo idea. */
export type DemoIdeaAnswer = Pick<IdeaEntity, 'status' | 'answerReason' | 'answeredAt' | 'answeredByMembershipId'>;
export type DemoIdeaSupport = Pick<IdeaSupportEntity, 'associationId' | 'ideaId' | 'membershipId' | 'customerId'>;
export type DemoIdeaComment = Pick<
  IdeaCommentEntity,
  'associationId' | 'ideaId' | 'authorMembershipId' | 'authorCustomerId' | 'body' | 'usefulAt' | 'createdAt'
>;
export type DemoRecommendation = Pick<
  RecommendationEntity,
  | 'associationId'
  | 'shopId'
  | 'customerId'
  | 'text'
  | 'status'
  | 'moderatedAt'
  | 'moderatedByMembershipId'
  | 'helpfulAt'
  | 'helpfulByMembershipId'
  | 'createdAt'
>;
export type DemoCoCreatedProduct = Pick<
  CoCreatedProductEntity,
  'associationId' | 'shopId' | 'productId' | 'ideaId' | 'sharePercent' | 'createdByMembershipId'
>;

/** How the demo association's ideas box is written (the API's demo seeder orchestrates, inside its transaction). */
export const CommunityDemo = {
  /** Creates the idea (answered when `answer` is given); answers what the next steps need. */
  async addIdea(
    manager: EntityManager,
    fields: NewIdeaFields,
    answer?: DemoIdeaAnswer,
  ): Promise<{ id: string; title: string; description: string; authorCustomerId: string | null }> {
    const idea = await manager.save(manager.create(IdeaEntity, { ...newIdea(fields), ...answer }));
    return { id: idea.id, title: idea.title, description: idea.description, authorCustomerId: idea.authorCustomerId };
  },

  /** The idea became this joint project. */
  async markAdoptedAsProject(manager: EntityManager, ideaId: string, projectId: string, at: Date): Promise<void> {
    await manager.update(IdeaEntity, ideaId, { adoptedAt: at, outcomeKind: IdeaOutcomeKind.PROJECT, projectId });
  },

  async addSupport(manager: EntityManager, support: DemoIdeaSupport): Promise<void> {
    await manager.insert(IdeaSupportEntity, support);
  },

  async addComments(manager: EntityManager, comments: DemoIdeaComment[]): Promise<void> {
    await manager.insert(IdeaCommentEntity, comments);
  },

  async addRecommendation(manager: EntityManager, recommendation: DemoRecommendation): Promise<void> {
    await manager.insert(RecommendationEntity, recommendation);
  },

  async addCoCreatedProduct(manager: EntityManager, product: DemoCoCreatedProduct): Promise<void> {
    await manager.insert(CoCreatedProductEntity, product);
  },
};
