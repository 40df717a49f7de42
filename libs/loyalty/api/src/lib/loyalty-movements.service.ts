import { Injectable } from '@nestjs/common';
import { AppError } from '@assoc/platform-api';
import { LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LoyaltyMovementEntity } from './loyalty.entity';

/** A movement to write (the caller holds the customer's lock: `lockCustomer`). */
export interface MovementDraft {
  id?: string;
  customerId: string;
  kind: LoyaltyMovementKind;
  points: number;
  day: string;
  label: string;
  shopId?: string | null;
  purchaseCents?: number | null;
  rewardId?: string | null;
  valueCents?: number | null;
  productRef?: string | null;
  parentId?: string | null;
  source: { domain: string; ref: string };
  reverses?: string | null;
  reason?: string | null;
  treasuryEntryId?: string | null;
  createdByMembershipId?: string | null;
}

/** What a request means, compared on a replay of its key: another content under the same key is a CONFLICT. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The points movements (append-only): a card's balance is the sum of its movements. Every write happens in the
 * caller's transaction after it locked the customer (customers' `lockCustomer`), so the balance read here and the
 * movement written cannot interleave with another change of the same card: a card never goes below zero.
 */
@Injectable()
export class LoyaltyMovements {
  /** The card's balance (the caller's transaction, under the customer's lock). */
  async balance(manager: EntityManager, associationId: string, customerId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT coalesce(sum(points), 0)::int AS balance FROM loyalty_movements WHERE "associationId" = $1 AND "customerId" = $2`,
      [associationId, customerId],
    );
    return Number(row.balance);
  }

  /** Points this card earned from purchases in this shop on this day, not counting purchases reversed since. */
  async earnedInShopOn(
    manager: EntityManager,
    associationId: string,
    customerId: string,
    shopId: string,
    day: string,
  ): Promise<number> {
    const [row] = await manager.query(
      `SELECT coalesce(sum(m.points), 0)::int AS earned FROM loyalty_movements m
        WHERE m."associationId" = $1 AND m."customerId" = $2 AND m."shopId" = $3 AND m.day = $4 AND m.kind = 'PURCHASE'
          AND NOT EXISTS (SELECT 1 FROM loyalty_movements r WHERE r.reverses = m.id)`,
      [associationId, customerId, shopId, day],
    );
    return Number(row.earned);
  }

  /** The movement an earlier request with this key wrote, if its content is the same (else CONFLICT). */
  async replay(
    manager: EntityManager,
    associationId: string,
    idempotencyKey: string,
    hash: string,
  ): Promise<LoyaltyMovementEntity | null> {
    const earlier = await manager.findOne(LoyaltyMovementEntity, { where: { associationId, idempotencyKey } });
    if (!earlier) return null;
    if (earlier.requestHash !== hash) throw AppError.conflict('idempotencyKey', 'loyaltyKeyReused');
    return earlier;
  }

  /**
   * Writes a movement once per key (ON CONFLICT DO NOTHING: a concurrent duplicate of another card waits on the
   * unique index, then finds the first's row and is compared with it).
   */
  async write(
    manager: EntityManager,
    associationId: string,
    draft: MovementDraft,
    idempotencyKey: string,
    hash: string,
  ): Promise<LoyaltyMovementEntity> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(LoyaltyMovementEntity)
      .values({
        ...(draft.id ? { id: draft.id } : {}),
        associationId,
        customerId: draft.customerId,
        kind: draft.kind,
        points: draft.points,
        day: draft.day,
        label: draft.label,
        shopId: draft.shopId ?? null,
        purchaseCents: draft.purchaseCents ?? null,
        rewardId: draft.rewardId ?? null,
        valueCents: draft.valueCents ?? null,
        productRef: draft.productRef ?? null,
        parentId: draft.parentId ?? null,
        sourceDomain: draft.source.domain,
        sourceRef: draft.source.ref,
        reverses: draft.reverses ?? null,
        reason: draft.reason ?? null,
        treasuryEntryId: draft.treasuryEntryId ?? null,
        createdByMembershipId: draft.createdByMembershipId ?? null,
        idempotencyKey,
        requestHash: hash,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) {
      const earlier = await this.replay(manager, associationId, idempotencyKey, hash);
      if (!earlier) throw new Error('loyalty: an idempotency key conflicted but its movement is not visible');
      return earlier;
    }
    return manager.findOneOrFail(LoyaltyMovementEntity, { where: { id } });
  }
}
