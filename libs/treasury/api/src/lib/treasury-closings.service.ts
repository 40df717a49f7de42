import { Injectable } from '@nestjs/common';
import { ShopReads } from '@assoc/directory-api';
import { AppError } from '@assoc/platform-api';
import { accountKey, closingPaymentRef, isMonth, isPastMonth, shopPayable } from '@assoc/treasury-domain';
import { EntityManager } from 'typeorm';
import { TreasuryClosingEntity } from './treasury-closing.entity';
import { payableLockKey, TreasuryLedger } from './treasury-ledger.service';

/** A closed statement with what was paid against it (payments not reversed). */
export interface ClosedStatement {
  closing: TreasuryClosingEntity;
  paidCents: number;
  /** The payments' journal entries, oldest first. */
  paymentEntryIds: string[];
}

export interface ClosingRequest {
  shopId: string;
  month: string;
  /** Today in the association's time zone: only a month before today's may be closed. */
  today: string;
  closedAt: Date;
  closedByMembershipId: string | null;
}

/**
 * Closing a shop's monthly statement (issue 17) and what was paid against it. Closing takes the shop
 * payable's advisory lock alone, so it waits for the postings in flight and freezes the statement it
 * records; two closings at once make one (the lock, and the unique index behind it).
 */
@Injectable()
export class TreasuryClosings {
  constructor(
    private readonly ledger: TreasuryLedger,
    private readonly shops: ShopReads,
  ) {}

  /** Closes the month (or returns its closing if it already is), in the caller's transaction. */
  async close(manager: EntityManager, associationId: string, request: ClosingRequest): Promise<TreasuryClosingEntity> {
    const { shopId, month } = request;
    if (!isMonth(month)) throw AppError.field('month', 'treasuryMonthInvalid');
    if (!(await this.shops.cards(associationId, [shopId], manager)).has(shopId))
      throw AppError.field('shopId', 'treasuryShopUnknown');
    if (!isPastMonth(month, request.today)) throw AppError.field('month', 'treasuryMonthNotOver');
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      payableLockKey(associationId, shopId),
    ]);
    const existing = await manager.findOneBy(TreasuryClosingEntity, { associationId, shopId, month });
    if (existing) return existing;
    const statement = await this.ledger.shopStatement(manager, associationId, shopId, month);
    await manager
      .createQueryBuilder()
      .insert()
      .into(TreasuryClosingEntity)
      .values({
        associationId,
        shopId,
        month,
        openingCents: statement.openingCents,
        closingCents: statement.closingCents,
        closedAt: request.closedAt,
        closedByMembershipId: request.closedByMembershipId,
      })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(TreasuryClosingEntity, { associationId, shopId, month });
  }

  /** The month's closing with its payments, or null while it is open. */
  async ofMonth(
    manager: EntityManager,
    associationId: string,
    shopId: string,
    month: string,
  ): Promise<ClosedStatement | null> {
    const closing = await manager.findOneBy(TreasuryClosingEntity, { associationId, shopId, month });
    return closing && this.withPayments(manager, closing);
  }

  /**
   * The closing a payment is recorded against, locked until the caller's transaction ends (two payments
   * at once cannot both take what is left), with what was already paid; refused, naming `closingId`,
   * unless it is this shop's in this association.
   */
  async lockForPayment(
    manager: EntityManager,
    associationId: string,
    shopId: string,
    closingId: string,
  ): Promise<ClosedStatement> {
    const closing = await manager
      .createQueryBuilder(TreasuryClosingEntity, 'c')
      .where('c.id = :closingId AND c."associationId" = :associationId AND c."shopId" = :shopId', {
        closingId,
        associationId,
        shopId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!closing) throw AppError.field('closingId', 'treasuryClosingNotFound');
    return this.withPayments(manager, closing);
  }

  private async withPayments(manager: EntityManager, closing: TreasuryClosingEntity): Promise<ClosedStatement> {
    const rows: { entryId: string; cents: string }[] = await manager.query(
      `SELECT e.id AS "entryId", SUM(l.cents) AS cents
         FROM treasury_entries e JOIN treasury_lines l ON l."entryId" = e.id
        WHERE e."associationId" = $1 AND e."sourceDomain" = 'treasury' AND e."sourceRef" = $2 AND l.account = $3
          AND NOT EXISTS (SELECT 1 FROM treasury_entries r WHERE r.reverses = e.id)
        GROUP BY e.id, e.seq ORDER BY e.seq`,
      [closing.associationId, closingPaymentRef(closing.id), accountKey(shopPayable(closing.shopId))],
    );
    return {
      closing,
      paidCents: rows.reduce((sum, r) => sum + Number(r.cents), 0),
      paymentEntryIds: rows.map((r) => r.entryId),
    };
  }
}
