import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseCardCode } from '@assoc/customers-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CARD_COLUMNS, cardOf, CardRow, CustomerCard, isUuid } from './customer-card';

/**
 * What other domains may read of an association's customers (issue 17 contract), always within one
 * association: a customer of association A is nothing in association B. `manager` reads inside the caller's
 * transaction (null: outside any).
 */
@Injectable()
export class CustomerReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The card with this code as typed at a counter (case, spaces, dashes and look-alike letters do not matter),
   * or null: unknown here, malformed, or another association's. A revoked card is returned (`cardRevoked`) so
   * the counter can say so; an erased customer's card is always revoked.
   */
  async byCardCode(manager: EntityManager | null, associationId: string, code: string): Promise<CustomerCard | null> {
    const normalised = normaliseCardCode(code);
    if (!normalised || !isUuid(associationId)) return null;
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${CARD_COLUMNS} FROM customers c WHERE c."associationId" = $1 AND c."cardCode" = $2`,
      [associationId, normalised],
    )) as CardRow[];
    return rows[0] ? cardOf(rows[0]) : null;
  }

  async byId(manager: EntityManager | null, associationId: string, customerId: string): Promise<CustomerCard | null> {
    return (await this.byIds(manager, associationId, [customerId]))[0] ?? null;
  }

  /** The cards of these ids that are customers of this association (others left out), in no particular order. */
  async byIds(
    manager: EntityManager | null,
    associationId: string,
    customerIds: readonly string[],
  ): Promise<CustomerCard[]> {
    const ids = [...new Set(customerIds)].filter(isUuid);
    if (!ids.length || !isUuid(associationId)) return [];
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${CARD_COLUMNS} FROM customers c WHERE c."associationId" = $1 AND c.id = ANY($2::uuid[])`,
      [associationId, ids],
    )) as CardRow[];
    return rows.map(cardOf);
  }
}

/** The impact dashboard's customer figures. */
export interface CustomerCounts {
  /** Confirmed customers not erased (at the range's end, or now). */
  customers: number;
  /** Of them, those who joined within the range (all of them without a range). */
  joined: number;
  /** Of `customers`, those consenting to each purpose. */
  loyalty: number;
  news: number;
  ideas: number;
}

@Injectable()
export class CustomerFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counted in SQL at read time (ADR 0009); `range` is [from, to) in UTC. */
  async counts(associationId: string, range?: { from: Date; to: Date }): Promise<CustomerCounts> {
    const to = range?.to ?? null;
    const from = range?.from ?? null;
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS customers,
              count(*) FILTER (WHERE $3::timestamptz IS NULL OR c."createdAt" >= $3)::int AS joined,
              count(*) FILTER (WHERE c."consentLoyaltyAt" IS NOT NULL)::int AS loyalty,
              count(*) FILTER (WHERE c."consentNewsAt" IS NOT NULL)::int AS news,
              count(*) FILTER (WHERE c."consentIdeasAt" IS NOT NULL)::int AS ideas
         FROM customers c
        WHERE c."associationId" = $1 AND c."confirmedAt" IS NOT NULL AND c."erasedAt" IS NULL
          AND ($2::timestamptz IS NULL OR c."createdAt" < $2)`,
      [associationId, to, from],
    )) as CustomerCounts[];
    return row;
  }
}
