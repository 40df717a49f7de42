import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CustomerCard } from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import { LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { DataSource } from 'typeorm';
import { LoyaltyRules } from './loyalty-rules.service';
import { LoyaltyMovementEntity, LoyaltyRewardEntity } from './loyalty.entity';

const HISTORY = 20;

/** What the customer's own card page shows (issue 17). */
export interface LoyaltyCardView {
  cardCode: string;
  balance: number;
  enabled: boolean;
  consent: boolean;
  revoked: boolean;
  rewards: { id: string; label: string; pointsCost: number; valueCents: number }[];
  movements: { day: string; kind: LoyaltyMovementKind; points: number; label: string }[];
}

@Injectable()
export class LoyaltyCardPage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: LoyaltyRules,
    private readonly shops: ShopReads,
  ) {}

  /** The signed-in customer's card: only their own movements, in their own association. */
  async view(card: CustomerCard): Promise<LoyaltyCardView> {
    const manager = this.dataSource.manager;
    const where = { associationId: card.associationId, customerId: card.customerId };
    const [settings, rewards, movements, [sum]] = await Promise.all([
      this.rules.settings(manager, card.associationId),
      manager.find(LoyaltyRewardEntity, {
        where: { associationId: card.associationId, active: true },
        order: { pointsCost: 'ASC', label: 'ASC' },
      }),
      manager.find(LoyaltyMovementEntity, { where, order: { seq: 'DESC' }, take: HISTORY }),
      manager.query(
        `SELECT coalesce(sum(points), 0)::int AS balance FROM loyalty_movements WHERE "associationId" = $1 AND "customerId" = $2`,
        [card.associationId, card.customerId],
      ) as Promise<{ balance: number }[]>,
    ]);
    const names = await this.shops.names(
      card.associationId,
      movements.flatMap((m) => (m.shopId ? [m.shopId] : [])),
    );
    return {
      cardCode: card.cardCode,
      balance: Number(sum.balance),
      enabled: settings.enabled,
      consent: card.consents.loyalty,
      revoked: card.cardRevoked,
      rewards: settings.enabled
        ? rewards.map(({ id, label, pointsCost, valueCents }) => ({ id, label, pointsCost, valueCents }))
        : [],
      movements: movements.map((m) => ({
        day: m.day,
        kind: m.kind,
        points: m.points,
        // A purchase is named by its shop (its label is the shop's name when recorded); the rest by their label.
        label: m.kind === LoyaltyMovementKind.PURCHASE && m.shopId ? (names.get(m.shopId) ?? m.label) : m.label,
      })),
    };
  }
}
