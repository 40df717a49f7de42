import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CustomerReads } from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import { balanceAfter, LoyaltyMovementKind, rewardProblems, settingsProblems } from '@assoc/loyalty-domain';
import { AppError, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { accountKey, EXPENSES } from '@assoc/treasury-domain';
import { TreasuryLedger } from '@assoc/treasury-api';
import { DataSource, EntityManager, In } from 'typeorm';
import { lockCards } from './loyalty-cards';
import { LOYALTY_POT } from './loyalty-counter.service';
import { LoyaltyMovements, requestHash } from './loyalty-movements.service';
import { LoyaltyRules } from './loyalty-rules.service';
import { LoyaltyMovementEntity, LoyaltyRewardEntity, LoyaltySettingsEntity, LoyaltyShopEntity } from './loyalty.entity';
import {
  FundLoyaltyPotInput,
  LoyaltyMovementModel,
  LoyaltyProgrammeModel,
  LoyaltyRewardInput,
  LoyaltyRewardModel,
  LoyaltySettingsInput,
  LoyaltySettingsModel,
  LoyaltyShopInput,
  LoyaltyShopModel,
  ReverseLoyaltyMovementInput,
} from './loyalty.models';

const RECENT_MOVEMENTS = 50;

function toReward({ id, label, pointsCost, valueCents, active }: LoyaltyRewardEntity): LoyaltyRewardModel {
  return { id, label, pointsCost, valueCents, active };
}

/**
 * The board's side of the loyalty card (issue 17): the rule, the rewards, the shops taking the card, funding the
 * pot, the movements and their reversal. A shopkeeper opts their own shop in or out.
 */
@Injectable()
export class LoyaltyBoard {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: LoyaltyRules,
    private readonly movements: LoyaltyMovements,
    private readonly customers: CustomerReads,
    private readonly shops: ShopReads,
    private readonly ledger: TreasuryLedger,
  ) {}

  async programme(member: CurrentMember): Promise<LoyaltyProgrammeModel> {
    const manager = this.dataSource.manager;
    const associationId = member.associationId;
    const [settings, rewards, joined, shops, balances, movements] = await Promise.all([
      this.rules.settings(manager, associationId),
      manager.find(LoyaltyRewardEntity, { where: { associationId }, order: { pointsCost: 'ASC', createdAt: 'ASC' } }),
      manager.find(LoyaltyShopEntity, { where: { associationId } }),
      this.shops.activeMembersShops(associationId),
      this.ledger.balances(manager, associationId),
      this.recent(manager, associationId),
    ]);
    const inProgramme = new Set(joined.map((j) => j.shopId));
    const pot = balances.find((b) => b.account === accountKey(LOYALTY_POT))?.cents ?? 0;
    return {
      settings,
      rewards: rewards.map(toReward),
      shops: shops
        .map((s) => ({ shopId: s.id, name: s.name, inProgramme: inProgramme.has(s.id) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      // The pot is credited when funded and debited by each reward taken: what is left is its credit balance.
      potAvailableCents: -pot,
      movements,
    };
  }

  async updateSettings(member: CurrentMember, input: LoyaltySettingsInput): Promise<LoyaltySettingsModel> {
    const problems = settingsProblems(input);
    if (problems.length) throw AppError.input(problems);
    const values = {
      enabled: input.enabled,
      pointsPerEuro: input.pointsPerEuro,
      campaignBonusPercent: input.campaignBonusPercent,
      dailyCapPoints: input.dailyCapPoints,
      maxPurchaseCents: input.maxPurchaseCents,
    };
    await this.dataSource.manager.upsert(
      LoyaltySettingsEntity,
      {
        associationId: member.associationId,
        ...values,
        updatedByMembershipId: member.membershipId,
        updatedAt: new Date(),
      },
      ['associationId'],
    );
    return values;
  }

  async saveReward(member: CurrentMember, input: LoyaltyRewardInput): Promise<LoyaltyRewardModel> {
    const values = {
      label: input.label.trim(),
      pointsCost: input.pointsCost,
      valueCents: input.valueCents,
      active: input.active,
    };
    const problems = rewardProblems(values);
    if (problems.length) throw AppError.input(problems);
    const manager = this.dataSource.manager;
    if (!input.id)
      return toReward(await manager.save(LoyaltyRewardEntity, { associationId: member.associationId, ...values }));
    const result = await manager.update(
      LoyaltyRewardEntity,
      { id: input.id, associationId: member.associationId },
      values,
    );
    if (!result.affected) throw AppError.field('id', 'loyaltyRewardUnavailable');
    return toReward(await manager.findOneByOrFail(LoyaltyRewardEntity, { id: input.id }));
  }

  /** A shop joins or leaves the programme: the board for any shop of the association, a shopkeeper for their own. */
  async setShop(member: CurrentMember, input: LoyaltyShopInput): Promise<LoyaltyShopModel> {
    const associationId = member.associationId;
    let shop: { id: string; name: string } | null;
    if (input.shopId) {
      const own = await this.shops.ownShop(associationId, member.membershipId);
      if (own?.id !== input.shopId && !roleHasPermission(member.role, Permission.ManageLoyalty))
        throw AppError.forbidden();
      const card = (await this.shops.cards(associationId, [input.shopId])).get(input.shopId);
      shop = card ? { id: card.id, name: card.name } : null;
      if (!shop) throw AppError.field('shopId', 'loyaltyShopUnknown');
    } else {
      shop = await this.shops.ownShop(associationId, member.membershipId);
      if (!shop) throw AppError.field('shopId', 'loyaltyNoShop');
    }
    if (input.inProgramme)
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(LoyaltyShopEntity)
        .values({ associationId, shopId: shop.id, joinedByMembershipId: member.membershipId })
        .orIgnore()
        .execute();
    else await this.dataSource.manager.delete(LoyaltyShopEntity, { associationId, shopId: shop.id });
    return { shopId: shop.id, name: shop.name, inProgramme: input.inProgramme };
  }

  /**
   * The board sets money aside for rewards: the pot is credited (what it has to pay rewards with), the association's
   * expenses debited; the bank pays each shop later, against its monthly statement (ADR 0034).
   */
  async fundPot(member: CurrentMember, input: FundLoyaltyPotInput): Promise<number> {
    const associationId = member.associationId;
    const day = await this.rules.today(this.dataSource.manager, associationId);
    await this.dataSource.transaction((manager) =>
      this.ledger.post(
        manager,
        associationId,
        {
          day,
          label: input.label?.trim() || 'Cagnotte fidélité',
          source: { domain: 'loyalty', ref: 'pot' },
          lines: [
            { account: EXPENSES, cents: input.cents },
            { account: LOYALTY_POT, cents: -input.cents },
          ],
          createdByMembershipId: member.membershipId,
        },
        `loyalty-pot:${input.idempotencyKey}`,
      ),
    );
    return (await this.programme(member)).potAvailableCents;
  }

  /**
   * Undoes one movement with the board's reason (a new REVERSAL movement; a redemption's treasury entry reversed
   * too), in one transaction under the card's lock; refused when the card would go below zero.
   */
  async reverse(member: CurrentMember, input: ReverseLoyaltyMovementInput): Promise<LoyaltyMovementModel> {
    const associationId = member.associationId;
    const reason = input.reason.trim();
    if (!reason) throw AppError.field('reason', 'required');
    const id = await this.dataSource.transaction(async (manager) => {
      const original = await manager.findOne(LoyaltyMovementEntity, { where: { associationId, id: input.movementId } });
      if (!original) throw AppError.field('movementId', 'loyaltyMovementNotFound');
      if (original.kind === LoyaltyMovementKind.REVERSAL || !original.customerId)
        throw AppError.field('movementId', 'loyaltyReversalNotAllowed');
      await lockCards(manager, associationId, [original.customerId]);
      const hash = requestHash({ reverses: original.id, reason });
      const earlier = await this.movements.replay(manager, associationId, input.idempotencyKey, hash);
      if (earlier) return earlier.id;
      if (await manager.exists(LoyaltyMovementEntity, { where: { reverses: original.id } }))
        throw AppError.field('movementId', 'loyaltyAlreadyReversed');
      const balance = await this.movements.balance(manager, associationId, original.customerId);
      if (balanceAfter(balance, -original.points) === null)
        throw AppError.field('movementId', 'loyaltyReversalBelowZero', { balance });
      const day = await this.rules.today(manager, associationId);
      const treasury = original.treasuryEntryId
        ? await this.ledger.reverse(
            manager,
            associationId,
            { entryId: original.treasuryEntryId, reason, day, createdByMembershipId: member.membershipId },
            `loyalty-reversal:${input.idempotencyKey}`,
          )
        : null;
      const reversal = await this.movements.write(
        manager,
        associationId,
        {
          customerId: original.customerId,
          kind: LoyaltyMovementKind.REVERSAL,
          points: -original.points,
          day,
          label: original.label,
          shopId: original.shopId,
          rewardId: original.rewardId,
          valueCents: original.valueCents,
          productRef: original.productRef,
          source: { domain: 'loyalty', ref: 'board' },
          reverses: original.id,
          reason,
          treasuryEntryId: treasury?.entry.id ?? null,
          createdByMembershipId: member.membershipId,
        },
        input.idempotencyKey,
        hash,
      );
      return reversal.id;
    });
    const [model] = await this.models(this.dataSource.manager, associationId, [
      await this.dataSource.manager.findOneByOrFail(LoyaltyMovementEntity, { id }),
    ]);
    return model;
  }

  private async recent(manager: EntityManager, associationId: string): Promise<LoyaltyMovementModel[]> {
    const rows = await manager.find(LoyaltyMovementEntity, {
      where: { associationId },
      order: { seq: 'DESC' },
      take: RECENT_MOVEMENTS,
    });
    return this.models(manager, associationId, rows);
  }

  private async models(
    manager: EntityManager,
    associationId: string,
    rows: LoyaltyMovementEntity[],
  ): Promise<LoyaltyMovementModel[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [cards, names, reversed] = await Promise.all([
      this.customers.byIds(
        manager,
        associationId,
        rows.flatMap((r) => (r.customerId ? [r.customerId] : [])),
      ),
      this.shops.names(
        associationId,
        rows.flatMap((r) => (r.shopId ? [r.shopId] : [])),
      ),
      manager.find(LoyaltyMovementEntity, { select: { reverses: true }, where: { associationId, reverses: In(ids) } }),
    ]);
    const firstNames = new Map(cards.map((c) => [c.customerId, c.erased ? null : c.firstName]));
    const reversedIds = new Set(reversed.map((r) => r.reverses));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      points: r.points,
      day: r.day,
      createdAt: r.createdAt,
      label: r.label,
      firstName: r.customerId ? (firstNames.get(r.customerId) ?? null) : null,
      shopName: r.shopId ? (names.get(r.shopId) ?? null) : null,
      purchaseCents: r.purchaseCents,
      valueCents: r.valueCents,
      reverses: r.reverses,
      reason: r.reason,
      reversed: reversedIds.has(r.id),
    }));
  }
}
