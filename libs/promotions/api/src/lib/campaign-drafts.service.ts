import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@assoc/platform-api';
import { CampaignChannel, CampaignStatus, statusAt } from '@assoc/promotions-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CampaignEntity } from './campaign.entity';
import { newCampaignSlug } from './promotion-codes';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a campaign came from (issue 17: an idea of the ideas box): a label and a link shown on its pages. */
export interface CampaignOrigin {
  label: string;
  link: string;
}

/** What another domain may read of a campaign it started: its dates and its state now. */
export interface CampaignProgress {
  id: string;
  title: string;
  slug: string;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Campaigns other domains start (issue 17: an accepted idea becomes a campaign in one click) and read back.
 * A DRAFT the board then completes on the usual pages: placeholder dates (enrolment in three weeks, the
 * campaign a week long a month from now), every channel, every trade invited. In the caller's transaction.
 */
@Injectable()
export class CampaignDrafts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(
    manager: EntityManager,
    associationId: string,
    draft: { createdByMembershipId: string; title: string; description: string; origin: CampaignOrigin },
  ): Promise<CampaignProgress> {
    const now = this.clock.now().getTime();
    const campaign = await manager.save(
      manager.create(CampaignEntity, {
        associationId,
        createdByMembershipId: draft.createdByMembershipId,
        title: draft.title.trim(),
        theme: '',
        description: draft.description.trim(),
        startsAt: new Date(now + 30 * DAY_MS),
        endsAt: new Date(now + 37 * DAY_MS),
        enrolmentDeadline: new Date(now + 21 * DAY_MS),
        channels: CampaignChannel.BOTH,
        minDiscountPercent: null,
        invitedTrades: [],
        status: CampaignStatus.DRAFT,
        slug: newCampaignSlug(),
        coverFile: null,
        publishedAt: null,
        cancelledAt: null,
        cancelReason: null,
        updatedAt: null,
        originLabel: draft.origin.label,
        originLink: draft.origin.link,
      }),
    );
    return this.toProgress(campaign);
  }

  /** These campaigns of the association (title, dates, state at the clock's now), by id; others' are absent. */
  async progress(associationId: string, ids: readonly string[]): Promise<Map<string, CampaignProgress>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.manager.find(CampaignEntity, {
      where: { associationId, id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((c) => [c.id, this.toProgress(c)]));
  }

  private toProgress(c: CampaignEntity): CampaignProgress {
    return {
      id: c.id,
      title: c.title,
      slug: c.slug,
      status: statusAt(c, this.clock.now()),
      startsAt: c.startsAt,
      endsAt: c.endsAt,
    };
  }
}
