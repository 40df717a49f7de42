import { Injectable } from '@nestjs/common';
import { ShopEntity } from '@assoc/directory-api';
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
  constructor(private readonly clock: Clock) {}

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
  myShop(manager: EntityManager, member: CurrentMember): Promise<ShopEntity | null> {
    return manager.findOneBy(ShopEntity, { membershipId: member.membershipId, associationId: member.associationId });
  }
}
