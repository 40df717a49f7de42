import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { CustomerCard, CustomerReads } from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import {
  cappedPoints,
  LoyaltyMovementKind,
  purchaseAmountProblem,
  purchasePoints,
  redemptionProblem,
  saleSharePoints,
} from '@assoc/loyalty-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { TreasuryAccountKind, shopPayable } from '@assoc/treasury-domain';
import { TreasuryLedger } from '@assoc/treasury-api';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { assertUsableCard, lockCards } from './loyalty-cards';
import { LoyaltyMovements, requestHash } from './loyalty-movements.service';
import { LoyaltyRules } from './loyalty-rules.service';
import { LoyaltyMovementEntity, LoyaltyRewardEntity, LoyaltySaleShareEntity } from './loyalty.entity';
import {
  LoyaltyCardViewModel,
  LoyaltyCounterModel,
  LoyaltyCounterResultModel,
  LoyaltyPurchaseInput,
  LoyaltyRedeemInput,
} from './loyalty.models';

export const LOYALTY_POT = { kind: TreasuryAccountKind.LOYALTY_POT };

/**
 * The shop's counter (issue 17): a card scanned or typed, a purchase credited, a reward redeemed. Each change of
 * points (with the pot's debt to the shop for a reward) is one transaction that first locks the card, then reads
 * the balance: concurrent redemptions never take a card below zero, and a retried request (same key) counts once.
 * Any refusal writes nothing.
 */
@Injectable()
export class LoyaltyCounter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: LoyaltyRules,
    private readonly movements: LoyaltyMovements,
    private readonly customers: CustomerReads,
    private readonly shops: ShopReads,
    private readonly memberships: MembershipReads,
    private readonly ledger: TreasuryLedger,
  ) {}

  /** What the counter page shows before a card: the member's shop, whether it takes the card, rewards, co-created products. */
  async counter(member: CurrentMember): Promise<LoyaltyCounterModel> {
    const manager = this.dataSource.manager;
    const shop = await this.shops.ownShop(member.associationId, member.membershipId);
    const settings = await this.rules.settings(manager, member.associationId);
    const inProgramme = !!shop && (await this.rules.inProgramme(manager, member.associationId, shop.id));
    const rewards = settings.enabled
      ? await manager.find(LoyaltyRewardEntity, {
          where: { associationId: member.associationId, active: true },
          order: { pointsCost: 'ASC', label: 'ASC' },
        })
      : [];
    const coProducts = shop
      ? await manager.find(LoyaltySaleShareEntity, {
          where: { associationId: member.associationId, shopId: shop.id },
          order: { label: 'ASC' },
        })
      : [];
    return {
      shopId: shop?.id ?? null,
      shopName: shop?.name ?? null,
      inProgramme,
      programmeEnabled: settings.enabled,
      maxPurchaseCents: settings.maxPurchaseCents,
      rewards: rewards.map(({ id, label, pointsCost, valueCents, active }) => ({
        id,
        label,
        pointsCost,
        valueCents,
        active,
      })),
      coProducts: coProducts.map(({ productRef, label, sharePercent }) => ({ productRef, label, sharePercent })),
    };
  }

  /** A card as the counter sees it: first name and balance (only for a shop taking the card). */
  async card(member: CurrentMember, code: string): Promise<LoyaltyCardViewModel> {
    const manager = this.dataSource.manager;
    await this.counterShop(manager, member, false);
    const card = assertUsableCard(await this.customers.byCardCode(manager, member.associationId, code));
    return {
      firstName: card.firstName,
      cardCode: card.cardCode,
      balance: await this.movements.balance(manager, member.associationId, card.customerId),
    };
  }

  /** Credits a purchase's points (and a co-created product's share to its beneficiary), once per key. */
  async recordPurchase(member: CurrentMember, input: LoyaltyPurchaseInput): Promise<LoyaltyCounterResultModel> {
    const associationId = member.associationId;
    return this.dataSource.transaction(async (manager) => {
      const shop = await this.counterShop(manager, member);
      const settings = await this.rules.settings(manager, associationId);
      const amountProblem = purchaseAmountProblem(input.amountCents, settings);
      if (amountProblem) throw AppError.input([amountProblem]);
      const found = assertUsableCard(await this.customers.byCardCode(manager, associationId, input.code));
      await this.refuseOwnStaff(manager, associationId, shop.membershipId, found);
      const productRef = input.productRef?.trim() || null;
      const share = productRef
        ? await manager.findOne(LoyaltySaleShareEntity, { where: { associationId, shopId: shop.id, productRef } })
        : null;
      if (productRef && !share) throw AppError.field('productRef', 'loyaltyProductUnknown');
      const beneficiary =
        share?.beneficiaryCustomerId && share.beneficiaryCustomerId !== found.customerId
          ? share.beneficiaryCustomerId
          : null;
      const cards = await lockCards(manager, associationId, [found.customerId, ...(beneficiary ? [beneficiary] : [])]);
      const card = assertUsableCard(cards.get(found.customerId));
      const hash = requestHash({
        kind: 'purchase',
        customerId: card.customerId,
        shopId: shop.id,
        amount: input.amountCents,
        productRef,
      });
      const earlier = await this.movements.replay(manager, associationId, input.idempotencyKey, hash);
      if (earlier) return this.result(manager, associationId, card, earlier, false);

      const day = await this.rules.today(manager, associationId);
      const running = await this.rules.campaignRunning(manager, associationId);
      const points = purchasePoints(input.amountCents, settings, running);
      const earned = await this.movements.earnedInShopOn(manager, associationId, card.customerId, shop.id, day);
      const capped = cappedPoints(points, earned, settings.dailyCapPoints);
      if (!capped) throw AppError.field('amountCents', 'loyaltyDailyCapReached', { cap: settings.dailyCapPoints });
      const movement = await this.movements.write(
        manager,
        associationId,
        {
          customerId: card.customerId,
          kind: LoyaltyMovementKind.PURCHASE,
          points: capped.points,
          day,
          label: share ? `${shop.name} — ${share.label}` : shop.name,
          shopId: shop.id,
          purchaseCents: input.amountCents,
          productRef,
          source: { domain: 'loyalty', ref: 'counter' },
          createdByMembershipId: member.membershipId,
        },
        input.idempotencyKey,
        hash,
      );
      let sharedPoints = 0;
      const beneficiaryCard = beneficiary ? cards.get(beneficiary) : undefined;
      if (share && beneficiaryCard && !beneficiaryCard.erased) {
        sharedPoints = saleSharePoints(points, share.sharePercent);
        if (sharedPoints > 0)
          await this.movements.write(
            manager,
            associationId,
            {
              customerId: beneficiaryCard.customerId,
              kind: LoyaltyMovementKind.SALE_SHARE,
              points: sharedPoints,
              day,
              label: share.label,
              shopId: shop.id,
              productRef,
              parentId: movement.id,
              source: { domain: share.sourceDomain, ref: share.sourceRef },
              createdByMembershipId: member.membershipId,
            },
            `${input.idempotencyKey}:share`,
            requestHash({ parent: movement.id }),
          );
      }
      return { ...(await this.result(manager, associationId, card, movement, capped.capped)), sharedPoints };
    });
  }

  /** Redeems a reward on the card in this shop: the points go, the pot owes the shop the reward's value, once per key. */
  async redeem(member: CurrentMember, input: LoyaltyRedeemInput): Promise<LoyaltyCounterResultModel> {
    const associationId = member.associationId;
    return this.dataSource.transaction(async (manager) => {
      const shop = await this.counterShop(manager, member);
      const settings = await this.rules.settings(manager, associationId);
      const found = assertUsableCard(await this.customers.byCardCode(manager, associationId, input.code));
      const card = assertUsableCard(
        (await lockCards(manager, associationId, [found.customerId])).get(found.customerId),
      );
      const hash = requestHash({
        kind: 'redeem',
        customerId: card.customerId,
        shopId: shop.id,
        rewardId: input.rewardId,
      });
      const earlier = await this.movements.replay(manager, associationId, input.idempotencyKey, hash);
      if (earlier) return this.result(manager, associationId, card, earlier, false);

      const reward = await manager.findOne(LoyaltyRewardEntity, { where: { associationId, id: input.rewardId } });
      const balance = await this.movements.balance(manager, associationId, card.customerId);
      const problem = redemptionProblem(reward, balance, settings);
      if (problem || !reward)
        throw AppError.input([problem ?? { field: 'rewardId', reason: 'loyaltyRewardUnavailable' }]);
      const day = await this.rules.today(manager, associationId);
      const movementId = randomUUID();
      const posted = await this.ledger.post(
        manager,
        associationId,
        {
          day,
          label: `${reward.label} — ${shop.name}`,
          source: { domain: 'loyalty', ref: movementId },
          lines: [
            { account: LOYALTY_POT, cents: reward.valueCents },
            { account: shopPayable(shop.id), cents: -reward.valueCents },
          ],
          createdByMembershipId: member.membershipId,
        },
        `loyalty:${input.idempotencyKey}`,
      );
      const movement = await this.movements.write(
        manager,
        associationId,
        {
          id: movementId,
          customerId: card.customerId,
          kind: LoyaltyMovementKind.REDEMPTION,
          points: -reward.pointsCost,
          day,
          label: reward.label,
          shopId: shop.id,
          rewardId: reward.id,
          valueCents: reward.valueCents,
          source: { domain: 'loyalty', ref: 'counter' },
          treasuryEntryId: posted.entry.id,
          createdByMembershipId: member.membershipId,
        },
        input.idempotencyKey,
        hash,
      );
      return this.result(manager, associationId, card, movement, false);
    });
  }

  /** The member's shop, taking the card (held FOR SHARE until the transaction ends), or the reason it cannot. */
  private async counterShop(
    manager: EntityManager,
    member: CurrentMember,
    lock = true,
  ): Promise<{ id: string; name: string; membershipId: string }> {
    const shop = await this.shops.ownShop(member.associationId, member.membershipId, manager);
    if (!shop) throw AppError.field('shopId', 'loyaltyNoShop');
    const settings = await this.rules.settings(manager, member.associationId);
    if (!settings.enabled) throw AppError.field('shopId', 'loyaltyProgrammeOff');
    if (!(await this.rules.inProgramme(manager, member.associationId, shop.id, lock)))
      throw AppError.field('shopId', 'loyaltyShopNotInProgramme');
    return { ...shop, membershipId: member.membershipId };
  }

  /** A shop never credits its own staff's card: the card's e-mail is that of the member the shop is attached to. */
  private async refuseOwnStaff(
    manager: EntityManager,
    associationId: string,
    shopMembershipId: string,
    card: CustomerCard,
  ): Promise<void> {
    const email = card.email.trim().toLowerCase();
    if (!email) return;
    const staff = await this.memberships.contacts(associationId, [shopMembershipId], manager);
    if (staff.some((s) => s.email.trim().toLowerCase() === email)) throw AppError.field('code', 'loyaltyOwnStaffCard');
  }

  private async result(
    manager: EntityManager,
    associationId: string,
    card: CustomerCard,
    movement: LoyaltyMovementEntity,
    capped: boolean,
  ): Promise<LoyaltyCounterResultModel> {
    const shared = await manager.findOne(LoyaltyMovementEntity, { where: { associationId, parentId: movement.id } });
    return {
      movementId: movement.id,
      firstName: card.firstName,
      points: movement.points,
      balance: await this.movements.balance(manager, associationId, card.customerId),
      capped,
      sharedPoints: shared?.points ?? 0,
      valueCents: movement.valueCents,
    };
  }
}
