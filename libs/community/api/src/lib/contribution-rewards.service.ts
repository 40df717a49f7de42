import { Injectable } from '@nestjs/common';
import {
  ContributionEvent,
  contributionKey,
  ContributionPoints,
  contributionPoints,
  DEFAULT_CONTRIBUTION_POINTS,
} from '@assoc/community-domain';
import { lockCustomer } from '@assoc/customers-api';
import { LoyaltyPoints } from '@assoc/loyalty-api';
import { EntityManager } from 'typeorm';
import { CommunitySettingsEntity } from './community-settings.entity';

/** What the label of the points movement says, in French (the card's history is in the customer's language from `source`). */
const LABELS: Record<ContributionEvent['kind'], (title: string) => string> = {
  adoptedIdea: (t) => `Idée adoptée : ${t}`,
  usefulIdea: (t) => `Idée utile : ${t}`,
  usefulComment: (t) => `Commentaire utile : ${t}`,
  helpfulRecommendation: (t) => `Recommandation utile : ${t}`,
};

const SOURCE_REF: Record<ContributionEvent['kind'], (e: ContributionEvent) => string> = {
  adoptedIdea: (e) => (e as { ideaId: string }).ideaId,
  usefulIdea: (e) => (e as { ideaId: string }).ideaId,
  usefulComment: (e) => (e as { commentId: string }).commentId,
  helpfulRecommendation: (e) => (e as { recommendationId: string }).recommendationId,
};

/**
 * Points for contributions (issue 17), credited through loyalty's `LoyaltyPoints.award` in the caller's
 * transaction, once per event (its idempotency key, `contributionKey`): an adopted idea's originator, the author
 * of an idea or comment marked useful, the author of a recommendation marked helpful. The amounts are the
 * board's (community settings); 0 credits nothing. Nothing for an erased customer (their row lock taken first).
 */
@Injectable()
export class ContributionRewards {
  constructor(private readonly points: LoyaltyPoints) {}

  async settings(manager: EntityManager, associationId: string): Promise<ContributionPoints> {
    const row = await manager.findOneBy(CommunitySettingsEntity, { associationId });
    return row
      ? {
          adoptedIdeaPoints: row.adoptedIdeaPoints,
          usefulContributionPoints: row.usefulContributionPoints,
          helpfulRecommendationPoints: row.helpfulRecommendationPoints,
        }
      : { ...DEFAULT_CONTRIBUTION_POINTS };
  }

  /** Credits the event's points to the customer; returns them (0: nothing credited). */
  async award(
    manager: EntityManager,
    associationId: string,
    customerId: string,
    event: ContributionEvent & { title: string },
  ): Promise<number> {
    const points = contributionPoints(event, await this.settings(manager, associationId));
    if (points <= 0) return 0;
    const card = await lockCustomer(manager, associationId, customerId);
    if (!card || card.erased) return 0;
    await this.points.award(
      manager,
      associationId,
      {
        customerId,
        points,
        label: LABELS[event.kind](event.title).slice(0, 120),
        source: { domain: 'community', ref: SOURCE_REF[event.kind](event) },
      },
      contributionKey(event),
    );
    return points;
  }
}
