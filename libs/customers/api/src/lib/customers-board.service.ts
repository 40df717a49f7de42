import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads } from '@assoc/associations-api';
import { CARD_CODE_LENGTH, cardCodeFromBytes, formatCardCode, normaliseCardCode } from '@assoc/customers-domain';
import { AppConfig, AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, lockCustomer } from './customer-card';
import { joinCustomerLink } from './customer-links';
import { CustomerModel, CustomersPageModel } from './customers-board.models';
import { CustomersQueryInput } from './customers.inputs';

interface BoardRow {
  id: string;
  firstName: string;
  email: string;
  cardCode: string;
  cardRevokedAt: Date | null;
  consentLoyaltyAt: Date | null;
  consentNewsAt: Date | null;
  consentIdeasAt: Date | null;
  createdAt: Date;
  joinedFrom: string | null;
}

const BOARD_COLUMNS = `c.id, c."firstName", c.email, c."cardCode", c."cardRevokedAt", c."consentLoyaltyAt", c."consentNewsAt",
  c."consentIdeasAt", c."createdAt", c."joinedFrom"`;

const toModel = (r: BoardRow): CustomerModel => ({
  id: r.id,
  firstName: r.firstName,
  email: r.email,
  cardCode: formatCardCode(r.cardCode),
  cardRevoked: r.cardRevokedAt !== null,
  consents: { loyalty: r.consentLoyaltyAt !== null, news: r.consentNewsAt !== null, ideas: r.consentIdeasAt !== null },
  joinedAt: r.createdAt,
  joinedFrom: r.joinedFrom,
});

/** The board's customers page: confirmed customers not erased, in the member's association only. */
@Injectable()
export class CustomersBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly associations: AssociationReads,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(member: CurrentMember, query: CustomersQueryInput): Promise<CustomersPageModel> {
    const search = (query.search ?? '').trim();
    const code = normaliseCardCode(search);
    const like = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const where = `c."associationId" = $1 AND c."confirmedAt" IS NOT NULL AND c."erasedAt" IS NULL`;
    const filter = search
      ? ` AND (lower(c."firstName") LIKE $2 OR c."emailKey" LIKE $2 OR c."cardCode" = $3)`
      : ` AND $2::text IS NULL AND $3::text IS NULL`;
    const params = [member.associationId, search ? like : null, search ? code : null];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM customers c WHERE ${where}${filter}`,
      params,
    )) as { total: number }[];
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM customers c WHERE ${where}`, [
      member.associationId,
    ])) as { count: number }[];
    const rows = (await this.dataSource.query(
      `SELECT ${BOARD_COLUMNS} FROM customers c WHERE ${where}${filter}
        ORDER BY c."createdAt" DESC, c.id LIMIT $4 OFFSET $5`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    )) as BoardRow[];
    const summary = await this.associations.summary(member.associationId);
    return {
      total,
      count,
      items: rows.map(toModel),
      joinUrl: joinCustomerLink(summary?.slug ?? '', 'fr', 'poster', this.config.PUBLIC_URL),
    };
  }

  /** A lost or stolen card: revoked now (the counter refuses it); once is enough. */
  async revoke(member: CurrentMember, customerId: string): Promise<CustomerModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.locked(manager, member, customerId);
      await manager.query(
        `UPDATE customers SET "cardRevokedAt" = coalesce("cardRevokedAt", $3) WHERE id = $1 AND "associationId" = $2`,
        [customerId, member.associationId, this.clock.now()],
      );
      return this.one(manager, member, customerId);
    });
  }

  /** A new card: a new code (the old one no longer exists), not revoked. */
  async reissue(member: CurrentMember, customerId: string): Promise<CustomerModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.locked(manager, member, customerId);
      for (let attempt = 0; attempt < 5; attempt++) {
        const updated = (await manager.query(
          `UPDATE customers SET "cardCode" = $3, "cardRevokedAt" = NULL
            WHERE id = $1 AND "associationId" = $2
              AND NOT EXISTS (SELECT 1 FROM customers o WHERE o."associationId" = $2 AND o."cardCode" = $3)
            RETURNING id`,
          [customerId, member.associationId, cardCodeFromBytes(randomBytes(CARD_CODE_LENGTH))],
        )) as [unknown[], number];
        if (updated[1] > 0) return this.one(manager, member, customerId);
      }
      throw new Error('No free card code after 5 draws');
    });
  }

  /** The customer's row lock in the member's association; another association's or an erased customer: not found. */
  private async locked(manager: EntityManager, member: CurrentMember, customerId: string): Promise<void> {
    const card = isUuid(customerId) ? await lockCustomer(manager, member.associationId, customerId, 'update') : null;
    if (!card || card.erased || !card.confirmedAt) throw AppError.notFound();
  }

  private async one(manager: EntityManager, member: CurrentMember, customerId: string): Promise<CustomerModel> {
    const [row] = (await manager.query(
      `SELECT ${BOARD_COLUMNS} FROM customers c WHERE c.id = $1 AND c."associationId" = $2`,
      [customerId, member.associationId],
    )) as BoardRow[];
    return toModel(row);
  }
}
