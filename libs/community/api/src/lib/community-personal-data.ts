import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { CustomerCard, CustomerDataSources } from '@assoc/customers-api';
import { DataPart, dataSection, dataTime, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { CoCreatedProductEntity } from './co-created-product.entity';
import { CommunitySettingsEntity } from './community-settings.entity';
import { IdeaCommentEntity, IdeaEntity, IdeaSupportEntity } from './idea.entity';
import { RecommendationEntity } from './recommendation.entity';

const IDEA_COLUMNS = ['idea_id', 'title', 'description', 'kind', 'status', 'answer_reason', 'adopted_at', 'created_at'];
const COMMENT_COLUMNS = ['comment_id', 'idea_id', 'idea_title', 'body', 'useful', 'created_at'];
const SUPPORT_COLUMNS = ['idea_id', 'idea_title', 'created_at'];

function ideaRows(ideas: readonly IdeaEntity[]) {
  return ideas.map((i) => ({
    idea_id: i.id,
    title: i.title,
    description: i.description,
    kind: i.kind,
    status: i.status,
    answer_reason: i.answerReason,
    adopted_at: dataTime(i.adoptedAt),
    created_at: dataTime(i.createdAt),
  }));
}

function commentRows(comments: readonly IdeaCommentEntity[], titles: ReadonlyMap<string, string>) {
  return comments.map((c) => ({
    comment_id: c.id,
    idea_id: c.ideaId,
    idea_title: titles.get(c.ideaId) ?? null,
    body: c.body,
    useful: c.usefulAt !== null,
    created_at: dataTime(c.createdAt),
  }));
}

function supportRows(supports: readonly IdeaSupportEntity[], titles: ReadonlyMap<string, string>) {
  return supports.map((s) => ({
    idea_id: s.ideaId,
    idea_title: titles.get(s.ideaId) ?? null,
    created_at: dataTime(s.createdAt),
  }));
}

/**
 * The community's personal data (ADR 0031, ADR 0035), in two registries:
 * - the platform's `PersonalData` for members (issue 25): their ideas, comments and supports; erasing a member
 *   deletes their supports and pseudonymises their authorship (the ideas and comments stay, by nobody: the
 *   board's answers and adopted projects refer to them);
 * - customers' `CustomerDataSources` for customers (issue 17): the same, plus their recommendations (deleted on
 *   erasure: a recommendation is their own words about a shop, not the association's record).
 * Closing the association deletes every community row of it.
 */
@Injectable()
export class CommunityPersonalData implements OnModuleInit, PersonalDataSource {
  readonly domain = 'community';

  constructor(
    private readonly personalData: PersonalData,
    private readonly customerSources: CustomerDataSources,
    private readonly memberships: MembershipReads,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
    this.customerSources.register({
      domain: 'community',
      export: (manager, card) => this.exportCustomer(manager, card),
      erase: (manager, card) => this.eraseCustomer(manager, card),
    });
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const ids = (await this.memberships.personMemberships(subject.userId, subject.associationIds, manager)).map(
      (m) => m.id,
    );
    if (!ids.length) return { sections: [] };
    const [ideas, comments, supports] = await Promise.all([
      manager.find(IdeaEntity, { where: { authorMembershipId: In(ids) }, order: { createdAt: 'ASC' } }),
      manager.find(IdeaCommentEntity, { where: { authorMembershipId: In(ids) }, order: { createdAt: 'ASC' } }),
      manager.find(IdeaSupportEntity, { where: { membershipId: In(ids) }, order: { createdAt: 'ASC' } }),
    ]);
    const titles = await this.titles(manager, [...comments.map((c) => c.ideaId), ...supports.map((s) => s.ideaId)]);
    return {
      sections: [
        dataSection(
          'community-ideas',
          { fr: 'Les idées que vous avez proposées.', en: 'The ideas you proposed.' },
          IDEA_COLUMNS,
          ideaRows(ideas),
        ),
        dataSection(
          'community-comments',
          { fr: 'Vos commentaires sur les idées.', en: 'Your comments on ideas.' },
          COMMENT_COLUMNS,
          commentRows(comments, titles),
        ),
        dataSection(
          'community-supports',
          { fr: 'Les idées que vous soutenez.', en: 'The ideas you support.' },
          SUPPORT_COLUMNS,
          supportRows(supports, titles),
        ),
      ],
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const ids = (await this.memberships.personMemberships(subject.userId, subject.associationIds, manager)).map(
      (m) => m.id,
    );
    if (!ids.length) return;
    await manager.delete(IdeaSupportEntity, { membershipId: In(ids) });
    await manager.update(IdeaEntity, { authorMembershipId: In(ids) }, { authorMembershipId: null });
    await manager.update(IdeaCommentEntity, { authorMembershipId: In(ids) }, { authorMembershipId: null });
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const [ideas, comments, recommendations] = await Promise.all([
      manager.find(IdeaEntity, { where: { associationId }, order: { createdAt: 'ASC' } }),
      manager.find(IdeaCommentEntity, { where: { associationId }, order: { createdAt: 'ASC' } }),
      manager.find(RecommendationEntity, { where: { associationId }, order: { createdAt: 'ASC' } }),
    ]);
    const titles = new Map(ideas.map((i) => [i.id, i.title]));
    return {
      sections: [
        dataSection(
          'community-ideas',
          { fr: 'Les idées de la boîte à idées.', en: 'The ideas of the ideas box.' },
          IDEA_COLUMNS,
          ideaRows(ideas),
        ),
        dataSection(
          'community-comments',
          { fr: 'Les commentaires sur les idées.', en: 'The comments on ideas.' },
          COMMENT_COLUMNS,
          commentRows(comments, titles),
        ),
        dataSection(
          'community-recommendations',
          { fr: 'Les recommandations de boutiques par les clients.', en: 'Customers’ recommendations of shops.' },
          ['recommendation_id', 'shop_id', 'text', 'status', 'helpful', 'created_at'],
          recommendations.map((r) => ({
            recommendation_id: r.id,
            shop_id: r.shopId,
            text: r.text,
            status: r.status,
            helpful: r.helpfulAt !== null,
            created_at: dataTime(r.createdAt),
          })),
        ),
      ],
    };
  }

  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await manager.delete(CoCreatedProductEntity, { associationId });
    await manager.delete(RecommendationEntity, { associationId });
    await manager.delete(IdeaSupportEntity, { associationId });
    await manager.delete(IdeaCommentEntity, { associationId });
    await manager.delete(IdeaEntity, { associationId });
    await manager.delete(CommunitySettingsEntity, { associationId });
  }

  /** A customer's part of their JSON export (their my-data page). */
  async exportCustomer(manager: EntityManager, card: CustomerCard): Promise<Record<string, unknown>> {
    const where = { associationId: card.associationId };
    const [ideas, comments, supports, recommendations] = await Promise.all([
      manager.find(IdeaEntity, { where: { ...where, authorCustomerId: card.customerId }, order: { createdAt: 'ASC' } }),
      manager.find(IdeaCommentEntity, {
        where: { ...where, authorCustomerId: card.customerId },
        order: { createdAt: 'ASC' },
      }),
      manager.find(IdeaSupportEntity, {
        where: { ...where, customerId: card.customerId },
        order: { createdAt: 'ASC' },
      }),
      manager.find(RecommendationEntity, {
        where: { ...where, customerId: card.customerId },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const titles = await this.titles(manager, [...comments.map((c) => c.ideaId), ...supports.map((s) => s.ideaId)]);
    return {
      ideas: ideaRows(ideas),
      comments: comments.map((c) => ({
        ideaId: c.ideaId,
        ideaTitle: titles.get(c.ideaId) ?? null,
        body: c.body,
        useful: c.usefulAt !== null,
        createdAt: dataTime(c.createdAt),
      })),
      supports: supports.map((s) => ({
        ideaId: s.ideaId,
        ideaTitle: titles.get(s.ideaId) ?? null,
        createdAt: dataTime(s.createdAt),
      })),
      recommendations: recommendations.map((r) => ({
        shopId: r.shopId,
        text: r.text,
        status: r.status,
        helpful: r.helpfulAt !== null,
        createdAt: dataTime(r.createdAt),
      })),
    };
  }

  /** A customer's erasure (their row locked FOR UPDATE by the customers domain). */
  async eraseCustomer(manager: EntityManager, card: CustomerCard): Promise<void> {
    const where = { associationId: card.associationId };
    await manager.delete(IdeaSupportEntity, { ...where, customerId: card.customerId });
    await manager.delete(RecommendationEntity, { ...where, customerId: card.customerId });
    await manager.update(IdeaEntity, { ...where, authorCustomerId: card.customerId }, { authorCustomerId: null });
    await manager.update(
      IdeaCommentEntity,
      { ...where, authorCustomerId: card.customerId },
      { authorCustomerId: null },
    );
  }

  private async titles(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await manager.find(IdeaEntity, {
      select: { id: true, title: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
