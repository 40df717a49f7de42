import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CampaignStatus, OfferStatus } from '@assoc/promotions-domain';
import { DataSource, In, IsNull, LessThan, MoreThan, Not } from 'typeorm';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignEntity } from './campaign.entity';

/** A campaign as the association's calendar shows it, with the shops it books (those with an approved offer). */
export interface CampaignCalendarItem {
  id: string;
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date;
  shopIds: string[];
}

/**
 * The campaigns' public surface for the calendar: published (not draft, not cancelled) campaigns
 * overlapping a period, for those who may see campaigns; drafts also for those who manage them.
 */
@Injectable()
export class CampaignCalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async between(member: CurrentMember, from: Date, to: Date): Promise<CampaignCalendarItem[]> {
    if (!roleHasPermission(member.role, Permission.ViewCampaigns)) return [];
    const manager = roleHasPermission(member.role, Permission.ManageCampaigns);
    const campaigns = await this.dataSource.manager.find(CampaignEntity, {
      where: {
        associationId: member.associationId,
        startsAt: LessThan(to),
        endsAt: MoreThan(from),
        cancelledAt: IsNull(),
        ...(manager ? {} : { status: Not(CampaignStatus.DRAFT) }),
      },
      order: { startsAt: 'ASC' },
    });
    const offers = campaigns.length
      ? await this.dataSource.manager.find(CampaignOfferEntity, {
          select: { campaignId: true, shopId: true },
          where: { campaignId: In(campaigns.map((c) => c.id)), status: OfferStatus.APPROVED },
        })
      : [];
    return campaigns.map((c) => ({
      id: c.id,
      title: c.title,
      theme: c.theme,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      shopIds: offers.filter((o) => o.campaignId === c.id).map((o) => o.shopId),
    }));
  }
}
