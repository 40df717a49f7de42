import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { LOYALTY_LIMITS, LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { AppError } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { lockCards } from './loyalty-cards';
import { LoyaltyMovements, requestHash } from './loyalty-movements.service';
import { LoyaltyRules } from './loyalty-rules.service';
import { LoyaltyRewardEntity, LoyaltySaleShareEntity, LoyaltyShopEntity } from './loyalty.entity';

/** Which domain and which of its records a movement or a sale share comes from. */
export interface LoyaltySource {
  domain: string;
  ref: string;
}

export interface LoyaltyAward {
  customerId: string;
  points: number;
  label: string;
  source: LoyaltySource;
}

function assertSource(source: LoyaltySource): void {
  if (!source?.domain?.trim() || !source?.ref?.trim()) throw AppError.field('source', 'required');
}

function assertLabel(label: string): string {
  const text = label?.trim() ?? '';
  if (!text) throw AppError.field('label', 'required');
  if (text.length > LOYALTY_LIMITS.label.max)
    throw AppError.field('label', 'maxLength', { max: LOYALTY_LIMITS.label.max });
  return text;
}

/**
 * Points other domains award (issue 17 contract: community's adopted idea, useful contribution, helpful
 * recommendation), in the caller's transaction, once per key: a replay answers the first movement.
 */
@Injectable()
export class LoyaltyPoints {
  constructor(
    private readonly movements: LoyaltyMovements,
    private readonly rules: LoyaltyRules,
  ) {}

  async award(
    manager: EntityManager,
    associationId: string,
    award: LoyaltyAward,
    idempotencyKey: string,
  ): Promise<{ movementId: string }> {
    if (!idempotencyKey?.trim()) throw AppError.field('idempotencyKey', 'required');
    const { min, max } = LOYALTY_LIMITS.awardPoints;
    if (!Number.isSafeInteger(award.points)) throw AppError.field('points', 'isInt');
    if (award.points < min) throw AppError.field('points', 'min', { min });
    if (award.points > max) throw AppError.field('points', 'max', { max });
    const label = assertLabel(award.label);
    assertSource(award.source);
    const card = (await lockCards(manager, associationId, [award.customerId])).get(award.customerId);
    if (!card || card.erased) throw AppError.field('customerId', 'loyaltyCustomerUnknown');
    const hash = requestHash({
      kind: 'award',
      customerId: card.customerId,
      points: award.points,
      source: award.source,
    });
    const earlier = await this.movements.replay(manager, associationId, idempotencyKey, hash);
    if (earlier) return { movementId: earlier.id };
    const movement = await this.movements.write(
      manager,
      associationId,
      {
        customerId: card.customerId,
        kind: LoyaltyMovementKind.AWARD,
        points: award.points,
        day: await this.rules.today(manager, associationId),
        label,
        source: award.source,
      },
      idempotencyKey,
      hash,
    );
    return { movementId: movement.id };
  }
}

export interface LoyaltySaleShare {
  shopId: string;
  productRef: string;
  label: string;
  sharePercent: number;
  beneficiaryCustomerId: string | null;
  source: LoyaltySource;
}

/**
 * Co-created products (issue 17 contract): community marks a shop's featured product "imaginé avec nos clients";
 * when the shop records a sale of it at the counter, `sharePercent` of the sale's points go to the beneficiary.
 * `set` creates or replaces the product's share; `remove` ends it (past shares stay in the movements).
 */
@Injectable()
export class LoyaltySaleShares {
  constructor(private readonly shops: ShopReads) {}

  async set(manager: EntityManager, associationId: string, share: LoyaltySaleShare): Promise<void> {
    const productRef = share.productRef?.trim();
    if (!productRef) throw AppError.field('productRef', 'required');
    const label = assertLabel(share.label);
    const { min, max } = LOYALTY_LIMITS.sharePercent;
    if (!Number.isSafeInteger(share.sharePercent)) throw AppError.field('sharePercent', 'isInt');
    if (share.sharePercent < min) throw AppError.field('sharePercent', 'min', { min });
    if (share.sharePercent > max) throw AppError.field('sharePercent', 'max', { max });
    assertSource(share.source);
    if (!(await this.shops.cards(associationId, [share.shopId], manager)).has(share.shopId))
      throw AppError.field('shopId', 'loyaltyShopUnknown');
    await manager
      .createQueryBuilder()
      .insert()
      .into(LoyaltySaleShareEntity)
      .values({
        associationId,
        shopId: share.shopId,
        productRef,
        label,
        sharePercent: share.sharePercent,
        beneficiaryCustomerId: share.beneficiaryCustomerId,
        sourceDomain: share.source.domain,
        sourceRef: share.source.ref,
      })
      .orUpdate(
        ['label', 'sharePercent', 'beneficiaryCustomerId', 'sourceDomain', 'sourceRef'],
        ['associationId', 'shopId', 'productRef'],
      )
      .execute();
  }

  async remove(
    manager: EntityManager,
    associationId: string,
    product: { shopId: string; productRef: string },
  ): Promise<void> {
    await manager.delete(LoyaltySaleShareEntity, {
      associationId,
      shopId: product.shopId,
      productRef: product.productRef,
    });
  }
}

/** What the public community page shows of the card: the shops taking it, the rewards. */
export interface LoyaltyPublicSummary {
  enabled: boolean;
  shops: { id: string; name: string; trade: string; town: string }[];
  rewards: { id: string; label: string; pointsCost: number; valueCents: number }[];
}

/** Public reads (issue 17 contract): nothing personal. */
@Injectable()
export class LoyaltyReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: LoyaltyRules,
    private readonly shops: ShopReads,
  ) {}

  async publicSummary(associationId: string): Promise<LoyaltyPublicSummary> {
    const manager = this.dataSource.manager;
    const settings = await this.rules.settings(manager, associationId);
    if (!settings.enabled) return { enabled: false, shops: [], rewards: [] };
    const [joined, active, rewards] = await Promise.all([
      manager.find(LoyaltyShopEntity, { where: { associationId } }),
      this.shops.activeMembersShops(associationId),
      manager.find(LoyaltyRewardEntity, { where: { associationId, active: true }, order: { pointsCost: 'ASC' } }),
    ]);
    const ids = new Set(joined.map((j) => j.shopId));
    return {
      enabled: true,
      shops: active
        .filter((s) => ids.has(s.id))
        .map((s) => ({ id: s.id, name: s.name, trade: s.trade, town: s.town }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      rewards: rewards.map(({ id, label, pointsCost, valueCents }) => ({ id, label, pointsCost, valueCents })),
    };
  }
}

/** The impact dashboard's loyalty figures, net of reversals. */
export interface LoyaltyFigureSet {
  /** Cards with at least one movement in the range (or ever). */
  activeCards: number;
  pointsIssued: number;
  pointsRedeemed: number;
  /** Rewards' values owed to the shops (what the pot paid), in cents. */
  rewardsPaidCents: number;
}

@Injectable()
export class LoyaltyFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Figures over `[from, to)` (movements' creation instants), or over all time. */
  async of(associationId: string, range?: { from: Date; to: Date }): Promise<LoyaltyFigureSet> {
    const [row] = await this.dataSource.query(
      `SELECT count(DISTINCT m."customerId") FILTER (WHERE m.kind <> 'REVERSAL')::int AS "activeCards",
              coalesce(sum(m.points) FILTER (WHERE coalesce(o.kind, m.kind) IN ('PURCHASE', 'SALE_SHARE', 'AWARD')), 0)::int AS "pointsIssued",
              coalesce(-sum(m.points) FILTER (WHERE coalesce(o.kind, m.kind) = 'REDEMPTION'), 0)::int AS "pointsRedeemed",
              coalesce(sum(CASE WHEN m.kind = 'REDEMPTION' THEN m."valueCents" WHEN o.kind = 'REDEMPTION' THEN -m."valueCents" END), 0)::bigint AS "rewardsPaidCents"
         FROM loyalty_movements m LEFT JOIN loyalty_movements o ON o.id = m.reverses
        WHERE m."associationId" = $1 AND ($2::timestamptz IS NULL OR (m."createdAt" >= $2 AND m."createdAt" < $3))`,
      [associationId, range?.from ?? null, range?.to ?? null],
    );
    return {
      activeCards: Number(row.activeCards),
      pointsIssued: Number(row.pointsIssued),
      pointsRedeemed: Number(row.pointsRedeemed),
      rewardsPaidCents: Number(row.rewardsPaidCents),
    };
  }
}
