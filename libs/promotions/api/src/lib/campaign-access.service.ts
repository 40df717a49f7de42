import { Injectable } from '@nestjs/common';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import { ShopCard, ShopReads } from '@assoc/directory-api';
import { AppError, Clock, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CampaignStatus, statusAt } from '@assoc/promotions-domain';
import { EntityManager } from 'typeorm';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignEntity } from './campaign.entity';

/**
 * Which campaigns and offers a member may see and touch. A campaign of another association is
 * NOT_FOUND, as if it did not exist; drafts are seen only by those who manage campaigns. A shop's
 * offer is its owner's; the board (ManageCampaigns) reviews every offer.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    private readonly clock: Clock,
    private readonly shops: ShopReads,
    private readonly associations: AssociationReads,
  ) {}

  isManager(member: CurrentMember): boolean {
    return roleHasPermission(member.role, Permission.ManageCampaigns);
  }

  /** The campaign in the caller's association (drafts only for managers); locked FOR UPDATE when asked. */
  async campaign(
    manager: EntityManager,
    member: CurrentMember,
    id: string,
    lock = false,
    now = this.clock.now(),
  ): Promise<CampaignEntity> {
    const campaign = await manager.findOne(CampaignEntity, {
      where: { id, associationId: member.associationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!campaign || (!this.isManager(member) && statusAt(campaign, now) === CampaignStatus.DRAFT))
      throw AppError.notFound();
    return campaign;
  }

  /** The offer in the caller's association, visible to its owner and managers (and to all once approved). */
  async offer(manager: EntityManager, member: CurrentMember, id: string, lock = false): Promise<CampaignOfferEntity> {
    const offer = await manager.findOne(CampaignOfferEntity, {
      where: { id, associationId: member.associationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!offer) throw AppError.notFound();
    return offer;
  }

  /** The caller's own shop in the association, or null (consultants and shopless members). */
  myShop(manager: EntityManager, member: CurrentMember): Promise<{ id: string; name: string } | null> {
    return this.shops.ownShop(member.associationId, member.membershipId, manager);
  }

  /** The card of an offer's shop (directory's); a shop cannot leave while it has offers (foreign key). */
  async offerShop(
    manager: EntityManager,
    offer: Pick<CampaignOfferEntity, 'associationId' | 'shopId'>,
  ): Promise<ShopCard> {
    const shop = (await this.shops.cards(offer.associationId, [offer.shopId], manager)).get(offer.shopId);
    if (!shop) throw new Error(`offer of a shop ${offer.shopId} not found in its association`);
    return shop;
  }

  /** The association's name, time zone and currency (associations'). */
  async association(manager: EntityManager, associationId: string): Promise<AssociationSummary> {
    const association = await this.associations.summary(associationId, manager);
    if (!association) throw AppError.notFound();
    return association;
  }
}
