import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopCard, ShopReads } from '@assoc/directory-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { AppError, Clock, CurrentMember, isUniqueViolation } from '@assoc/platform-api';
import {
  acceptsEnrolment,
  OfferDraft,
  offerHeadline,
  offerProblems,
  OfferStatus,
  REVIEW_REASON_MAX,
  statusAt,
} from '@assoc/promotions-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignEntity } from './campaign.entity';
import { EnrolOfferInput, ReviewOfferInput, UpdateOfferInput } from './offer.inputs';
import { newOfferCode } from './promotion-codes';
import { assertNoProblems } from './promotion-problems';

const ONE_PER_SHOP = 'campaign_offers_one_per_shop';

/** Shops enrol with an offer while the campaign is ENROLLING; the board approves or rejects with a reason. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly shopReads: ShopReads,
  ) {}

  /** The campaign's offers: all for the board, else the approved ones and the caller's own. */
  async list(member: CurrentMember, campaignId: string): Promise<CampaignOfferEntity[]> {
    const manager = this.dataSource.manager;
    await this.access.campaign(manager, member, campaignId);
    const offers = await manager.find(CampaignOfferEntity, {
      where: { campaignId, associationId: member.associationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.access.isManager(member)
      ? offers
      : offers.filter((o) => o.status === OfferStatus.APPROVED || o.ownerMembershipId === member.membershipId);
  }

  async get(member: CurrentMember, id: string): Promise<CampaignOfferEntity> {
    const offer = await this.access.offer(this.dataSource.manager, member, id);
    if (
      !this.access.isManager(member) &&
      offer.status !== OfferStatus.APPROVED &&
      offer.ownerMembershipId !== member.membershipId
    )
      throw AppError.notFound();
    await this.access.campaign(this.dataSource.manager, member, offer.campaignId);
    return offer;
  }

  /** The cards of these offers' shops (the caller's association's), by shop id. */
  shops(member: CurrentMember, offers: readonly CampaignOfferEntity[]): Promise<Map<string, ShopCard>> {
    return this.shopReads.cards(
      member.associationId,
      offers.map((o) => o.shopId),
    );
  }

  async enrol(member: CurrentMember, input: EnrolOfferInput): Promise<CampaignOfferEntity> {
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const campaign = await this.access.campaign(manager, member, input.campaignId, false, now);
        const shop = (await this.shopReads.cards(member.associationId, [input.shopId], manager)).get(input.shopId);
        if (!shop) throw AppError.notFound();
        if (shop.membershipId !== member.membershipId) throw AppError.field('shopId', 'notYourShop');
        if (!acceptsEnrolment(statusAt(campaign, now))) throw AppError.field('campaignId', 'enrolmentClosed');
        const draft = draftOf(input);
        assertNoProblems(offerProblems(draft, contextOf(campaign, shop)));
        if (await manager.existsBy(CampaignOfferEntity, { campaignId: campaign.id, shopId: shop.id }))
          throw AppError.conflict('shopId', 'offerAlreadyEnrolled');
        return manager.save(
          manager.create(CampaignOfferEntity, {
            ...normalised(draft),
            associationId: member.associationId,
            campaignId: campaign.id,
            shopId: shop.id,
            ownerMembershipId: member.membershipId,
            status: OfferStatus.PENDING,
            reviewReason: null,
            reviewedAt: null,
            reviewedByMembershipId: null,
            code: await this.freeCode(manager),
            redemptionCount: 0,
            updatedAt: null,
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, ONE_PER_SHOP)) throw AppError.conflict('shopId', 'offerAlreadyEnrolled');
      throw error;
    }
  }

  /** By the shop's owner while enrolment is open; a changed offer is reviewed again. */
  async update(member: CurrentMember, input: UpdateOfferInput): Promise<CampaignOfferEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.access.offer(manager, member, input.id, true);
      if (offer.ownerMembershipId !== member.membershipId) {
        if (!this.access.isManager(member) && offer.status !== OfferStatus.APPROVED) throw AppError.notFound();
        throw AppError.field('id', 'notYourShop');
      }
      const campaign = await this.access.campaign(manager, member, offer.campaignId, false, now);
      if (!acceptsEnrolment(statusAt(campaign, now))) throw AppError.field('id', 'offerNotEditable');
      const shop = await this.access.offerShop(manager, offer);
      const given = Object.fromEntries(Object.entries(input).filter(([key, v]) => key !== 'id' && v !== undefined));
      const draft = draftOf({ ...offer, ...given });
      assertNoProblems(offerProblems(draft, contextOf(campaign, shop)));
      Object.assign(offer, normalised(draft), {
        status: OfferStatus.PENDING,
        reviewReason: null,
        reviewedAt: null,
        reviewedByMembershipId: null,
        updatedAt: now,
      });
      return manager.save(offer);
    });
  }

  /** The board approves, or rejects with a reason; the shop's owner is notified in the same transaction. */
  async review(member: CurrentMember, input: ReviewOfferInput): Promise<CampaignOfferEntity> {
    const now = this.clock.now();
    const reason = input.reason?.trim() ?? '';
    if (!input.approve && !reason) throw AppError.field('reason', 'reasonRequired');
    if (reason.length > REVIEW_REASON_MAX) throw AppError.field('reason', 'maxLength', { max: REVIEW_REASON_MAX });
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.access.offer(manager, member, input.id, true);
      await this.access.campaign(manager, member, offer.campaignId, false, now);
      if (offer.status !== OfferStatus.PENDING) throw AppError.field('id', 'offerNotPending');
      Object.assign(offer, {
        status: input.approve ? OfferStatus.APPROVED : OfferStatus.REJECTED,
        reviewReason: reason || null,
        reviewedAt: now,
        reviewedByMembershipId: member.membershipId,
        updatedAt: now,
      });
      await manager.save(offer);
      await this.notifications.emit(manager, {
        associationId: member.associationId,
        kind: NotificationKind.OFFER_REVIEWED,
        recipientMembershipIds: [offer.ownerMembershipId],
        actorMembershipId: member.membershipId,
        subject: { type: 'CAMPAIGN', id: offer.campaignId },
        data: { excerpt: `${input.approve ? '✔' : '✘'} ${offerHeadline(offer, 'fr')}`, ...(reason ? { reason } : {}) },
      });
      return offer;
    });
  }

  /** A code no offer uses yet (30^7 possibilities: a collision is rare, and retried). */
  private async freeCode(manager: EntityManager): Promise<string> {
    for (;;) {
      const code = newOfferCode();
      if (!(await manager.existsBy(CampaignOfferEntity, { code }))) return code;
    }
  }
}

function draftOf(source: Partial<OfferDraft> & Pick<OfferDraft, 'kind'>): OfferDraft {
  return {
    kind: source.kind,
    percentOff: source.percentOff ?? null,
    amountOffCents: source.amountOffCents ?? null,
    description: source.description ?? '',
    conditions: source.conditions ?? '',
    maxUses: source.maxUses ?? null,
    onePerCustomer: source.onePerCustomer ?? false,
    online: source.online ?? false,
    onlineUrl: source.onlineUrl ?? null,
  };
}

function normalised(draft: OfferDraft): OfferDraft {
  return {
    ...draft,
    description: draft.description.trim(),
    conditions: draft.conditions.trim(),
    onlineUrl: draft.online ? (draft.onlineUrl?.trim() ?? null) : null,
  };
}

function contextOf(campaign: CampaignEntity, shop: ShopCard) {
  return {
    channels: campaign.channels,
    minDiscountPercent: campaign.minDiscountPercent,
    invitedTrades: campaign.invitedTrades,
    shopTrade: shop.trade,
  };
}
