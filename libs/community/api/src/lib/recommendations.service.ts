import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recommendationProblems, RecommendationStatus } from '@assoc/community-domain';
import { lockCustomer } from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { assertNoProblems } from './community-problems';
import { ContributionRewards } from './contribution-rewards.service';
import { isUuid } from './ideas.service';
import { RecommendationEntity } from './recommendation.entity';

/**
 * Customers' recommendations of member shops (issue 17): a customer writes one (short text), the board
 * publishes or rejects it (once), the shop's members mark a published one helpful (once): its author earns the
 * board's points in the same transaction.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
    private readonly rewards: ContributionRewards,
    private readonly clock: Clock,
  ) {}

  async recommend(
    associationId: string,
    customerId: string,
    input: { shopId: unknown; text: unknown },
  ): Promise<string> {
    const problems = recommendationProblems(input.text);
    const shopId = typeof input.shopId === 'string' && isUuid(input.shopId) ? input.shopId : null;
    const shop = shopId ? (await this.shops.cards(associationId, [shopId])).get(shopId) : undefined;
    if (!shop) problems.unshift({ path: 'shopId', reason: 'recommendationShopUnknown' });
    assertNoProblems(problems);
    if (!shop) return Promise.reject(AppError.field('shopId', 'recommendationShopUnknown'));
    return this.dataSource.transaction(async (manager) => {
      const card = await lockCustomer(manager, associationId, customerId);
      if (!card || card.erased) throw AppError.unauthenticated();
      if (!card.consents.ideas) throw AppError.field('consent', 'ideaConsentMissing');
      const saved = await manager.save(
        manager.create(RecommendationEntity, {
          associationId,
          shopId: shop.id,
          customerId,
          text: (input.text as string).trim(),
          status: RecommendationStatus.PENDING,
          moderatedAt: null,
          moderatedByMembershipId: null,
          helpfulAt: null,
          helpfulByMembershipId: null,
          createdAt: this.clock.now(),
        }),
      );
      return saved.id;
    });
  }

  /** The board's queue: pending first, then the latest moderated. */
  list(associationId: string, status: RecommendationStatus | null): Promise<RecommendationEntity[]> {
    return this.dataSource.manager.find(RecommendationEntity, {
      where: { associationId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 100,
    });
  }

  /** Published recommendations (the public page; one shop's with `shopId`). */
  published(associationId: string, shopId?: string, take = 50): Promise<RecommendationEntity[]> {
    return this.dataSource.manager.find(RecommendationEntity, {
      where: { associationId, status: RecommendationStatus.PUBLISHED, ...(shopId ? { shopId } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
    });
  }

  /** The caller's shop's published recommendations, or none without a shop. */
  async ofMyShop(member: CurrentMember): Promise<RecommendationEntity[]> {
    const shop = await this.shops.ownShop(member.associationId, member.membershipId);
    return shop ? this.published(member.associationId, shop.id, 100) : [];
  }

  /** The board publishes or rejects a pending recommendation (a second moderation is a CONFLICT). */
  async moderate(board: CurrentMember, id: string, publish: boolean): Promise<RecommendationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, board.associationId, id);
      if (row.status !== RecommendationStatus.PENDING) {
        if (row.status === (publish ? RecommendationStatus.PUBLISHED : RecommendationStatus.REJECTED)) return row;
        throw AppError.conflict('id', 'recommendationModerated');
      }
      row.status = publish ? RecommendationStatus.PUBLISHED : RecommendationStatus.REJECTED;
      row.moderatedAt = this.clock.now();
      row.moderatedByMembershipId = board.membershipId;
      return manager.save(row);
    });
  }

  /** The shop's member marks a published recommendation of their shop helpful: its author earns points once. */
  async markHelpful(member: CurrentMember, id: string): Promise<RecommendationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, member.associationId, id);
      const shop = await this.shops.ownShop(member.associationId, member.membershipId, manager);
      if (!shop || shop.id !== row.shopId) throw AppError.forbidden('recommendationNotYourShop');
      if (row.status !== RecommendationStatus.PUBLISHED) throw AppError.conflict('id', 'recommendationNotPublished');
      if (row.helpfulAt) return row;
      row.helpfulAt = this.clock.now();
      row.helpfulByMembershipId = member.membershipId;
      await manager.save(row);
      if (row.customerId)
        await this.rewards.award(manager, member.associationId, row.customerId, {
          kind: 'helpfulRecommendation',
          recommendationId: row.id,
          title: shop.name,
        });
      return row;
    });
  }

  private async lock(manager: EntityManager, associationId: string, id: string): Promise<RecommendationEntity> {
    const row = isUuid(id)
      ? await manager.findOne(RecommendationEntity, {
          where: { id, associationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!row) throw AppError.notFound();
    return row;
  }
}
