import { Injectable } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import { DEFAULT_LOYALTY_SETTINGS, LoyaltySettings } from '@assoc/loyalty-domain';
import { Clock } from '@assoc/platform-api';
import { campaignRunning } from '@assoc/promotions-api';
import { calendarDayIn, DEFAULT_TIME_ZONE } from '@assoc/shared-util';
import { EntityManager } from 'typeorm';
import { LoyaltySettingsEntity, LoyaltyShopEntity } from './loyalty.entity';

/** The association's rule and facts every loyalty operation reads (in the caller's transaction). */
@Injectable()
export class LoyaltyRules {
  constructor(
    private readonly associations: AssociationReads,
    private readonly clock: Clock,
  ) {}

  /** The board's rule, or the defaults (programme off) until it saved one. */
  async settings(manager: EntityManager, associationId: string): Promise<LoyaltySettings> {
    const row = await manager.findOne(LoyaltySettingsEntity, { where: { associationId } });
    return row
      ? {
          enabled: row.enabled,
          pointsPerEuro: row.pointsPerEuro,
          campaignBonusPercent: row.campaignBonusPercent,
          dailyCapPoints: row.dailyCapPoints,
          maxPurchaseCents: row.maxPurchaseCents,
        }
      : { ...DEFAULT_LOYALTY_SETTINGS };
  }

  /** Whether the shop takes the card; with the caller's transaction, its row is held FOR SHARE (no opt-out meanwhile). */
  async inProgramme(manager: EntityManager, associationId: string, shopId: string, lock = false): Promise<boolean> {
    return !!(await manager.findOne(LoyaltyShopEntity, {
      where: { associationId, shopId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    }));
  }

  /**
   * Today in the association's time zone (the daily cap's day, the treasury's booking day), read in the caller's
   * transaction: a transaction never waits for a second connection of the pool (twenty redemptions at once on a
   * pool of ten would each hold one and wait for another).
   */
  async today(manager: EntityManager, associationId: string): Promise<string> {
    const summary = await this.associations.summary(associationId, manager);
    return calendarDayIn(this.clock.now(), summary?.timeZone ?? DEFAULT_TIME_ZONE);
  }

  /** Whether one of the association's campaigns runs now (promotions' rule): the campaign bonus applies. */
  campaignRunning(manager: EntityManager, associationId: string): Promise<boolean> {
    return campaignRunning(manager, associationId, this.clock.now());
  }
}
