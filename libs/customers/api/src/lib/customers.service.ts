import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationSummary } from '@assoc/associations-api';
import {
  CARD_CODE_LENGTH,
  cardCodeFromBytes,
  CUSTOMER_LINK_TTL_HOURS,
  CustomerLanguage,
  customerEmailKey,
  hasAPurpose,
} from '@assoc/customers-domain';
import {
  AppConfig,
  AppError,
  Clock,
  HttpResponse,
  isSecretTokenShape,
  MailOutbox,
  newSecretToken,
  RateLimit,
  RateLimiter,
  secretTokenHash,
} from '@assoc/platform-api';
import { ErrorCode } from '@assoc/platform-domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerCard, lockCustomer } from './customer-card';
import { CustomerDataSources } from './customer-data-sources';
import { customerPaths, isCustomerNext, JOINED_FROM_SHAPE } from './customer-links';
import { customerLinkMail } from './customer-mails';
import { CustomerSessions } from './customer-sessions.service';
import { CustomerLinkEntity } from './customer.entity';
import { JoinCustomerInput, RequestCustomerLinkInput, UpdateCustomerInput } from './customers.inputs';

const LINK_PURPOSE = 'customer-link';
const MINUTE = 60_000;

/** The public forms' limits (ADR 0014: counted in PostgreSQL before any mail or token check). */
export const CUSTOMER_RATE_LIMITS: Readonly<Record<'join' | 'link' | 'mail' | 'token', RateLimit>> = {
  /** Joins from one client address (each may queue a mail). */
  join: { limit: 10, windowMs: 60 * MINUTE },
  /** "Ask a new link" requests from one client address. */
  link: { limit: 10, windowMs: 60 * MINUTE },
  /** Link mails to one customer (per association and e-mail): past it, the answer is the same, no mail. */
  mail: { limit: 3, windowMs: 60 * MINUTE },
  /** Magic links opened from one client address. */
  token: { limit: 30, windowMs: 10 * MINUTE },
};

/** The association a customer acts in, as the pages know it. */
export type CustomerAssociation = Pick<AssociationSummary, 'id' | 'name' | 'slug'>;

/** A customer's own data as the my-data page shows it and the JSON export writes it. */
export interface CustomerProfile {
  customerId: string;
  firstName: string;
  email: string;
  language: CustomerLanguage;
  cardCode: string;
  cardRevoked: boolean;
  consents: { loyalty: string | null; news: string | null; ideas: string | null };
  joinedAt: string;
  confirmedAt: string | null;
}

/**
 * Joining as a customer and everything a customer does with their own data (issue 17): join (a magic link by
 * mail, no password), ask a new link, land (the link opens a session), correct, export, erase.
 */
@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: MailOutbox,
    private readonly limiter: RateLimiter,
    private readonly sessions: CustomerSessions,
    private readonly sources: CustomerDataSources,
  ) {}

  private hash(token: string): string {
    return secretTokenHash(LINK_PURPOSE, token, this.config.SECRET_KEY);
  }

  /**
   * Joins: a new customer (unconfirmed until the link is opened) with a card code, or, when the address is
   * already a customer here, nothing changed; either way a link is mailed and the answer is the same (no one
   * learns whether an address is a customer). Concurrent joins with one address make one customer (the unique
   * index on the folded address, ON CONFLICT DO NOTHING).
   */
  async join(association: CustomerAssociation, input: JoinCustomerInput): Promise<void> {
    const consents = { loyalty: input.loyalty, news: input.news, ideas: input.ideas };
    if (!hasAPurpose(consents)) throw AppError.field('consents', 'consentOneRequired');
    const emailKey = customerEmailKey(input.email);
    const mailAllowed = await this.limiter.take(
      `customer-mail:${association.id}:${emailKey}`,
      CUSTOMER_RATE_LIMITS.mail,
    );
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      for (let attempt = 0; attempt < 5; attempt++) {
        const inserted = (await manager.query(
          `INSERT INTO customers ("associationId", "firstName", email, "emailKey", language,
             "consentLoyaltyAt", "consentNewsAt", "consentIdeasAt", "cardCode", "createdAt", "joinedFrom")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            association.id,
            input.firstName,
            input.email,
            emailKey,
            input.language,
            consents.loyalty ? now : null,
            consents.news ? now : null,
            consents.ideas ? now : null,
            cardCodeFromBytes(randomBytes(CARD_CODE_LENGTH)),
            now,
            input.from && JOINED_FROM_SHAPE.test(input.from) ? input.from : null,
          ],
        )) as { id: string }[];
        if (inserted[0]) {
          if (mailAllowed)
            await this.sendLink(manager, association, {
              customerId: inserted[0].id,
              to: input.email,
              firstName: input.firstName,
              language: input.language === 'en' ? 'en' : 'fr',
              kind: 'join',
              next: null,
            });
          return;
        }
        const existing = await this.byEmail(manager, association.id, emailKey);
        if (existing) {
          if (mailAllowed) await this.sendLink(manager, association, { ...existing, kind: 'signIn', next: null });
          return;
        }
        // Neither the address nor a customer: the random card code was taken; draw another.
      }
      throw new Error('No free card code after 5 draws');
    });
  }

  /** Mails a new link when the address is a customer here; the same answer when it is not (no enumeration). */
  async requestLink(association: CustomerAssociation, input: RequestCustomerLinkInput): Promise<void> {
    const emailKey = customerEmailKey(input.email);
    const next = isCustomerNext(association.slug, input.next) ? input.next : null;
    if (!(await this.limiter.take(`customer-mail:${association.id}:${emailKey}`, CUSTOMER_RATE_LIMITS.mail))) return;
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.byEmail(manager, association.id, emailKey);
      if (existing) await this.sendLink(manager, association, { ...existing, kind: 'signIn', next });
    });
  }

  private async byEmail(manager: EntityManager, associationId: string, emailKey: string) {
    const rows = (await manager.query(
      `SELECT id, email, "firstName", language FROM customers
        WHERE "associationId" = $1 AND "emailKey" = $2 AND "erasedAt" IS NULL`,
      [associationId, emailKey],
    )) as { id: string; email: string; firstName: string; language: string }[];
    const row = rows[0];
    return row
      ? {
          customerId: row.id,
          to: row.email,
          firstName: row.firstName,
          language: (row.language === 'en' ? 'en' : 'fr') as CustomerLanguage,
        }
      : null;
  }

  private async sendLink(
    manager: EntityManager,
    association: CustomerAssociation,
    link: {
      customerId: string;
      to: string;
      firstName: string;
      language: CustomerLanguage;
      kind: 'join' | 'signIn';
      next: string | null;
    },
  ): Promise<void> {
    const token = newSecretToken();
    await manager.insert(CustomerLinkEntity, {
      associationId: association.id,
      customerId: link.customerId,
      tokenHash: this.hash(token),
      expiresAt: new Date(this.clock.nowMs() + CUSTOMER_LINK_TTL_HOURS * 3600_000),
      usedAt: null,
      next: link.next,
    });
    const url = `${this.config.PUBLIC_URL.replace(/\/$/, '')}${customerPaths.link(association.slug, token)}`;
    await this.outbox.enqueue(
      manager,
      customerLinkMail({
        to: link.to,
        firstName: link.firstName,
        language: link.language,
        associationName: association.name,
        link: url,
        kind: link.kind,
      }),
    );
  }

  /**
   * Opens a magic link: once, before it expires, only on its association's pages; confirms the customer,
   * opens a session (the cookie) and answers where to go (the page asked for, else the card).
   */
  async land(association: CustomerAssociation, token: string, res: HttpResponse): Promise<string> {
    if (!isSecretTokenShape(token)) throw new AppError(ErrorCode.NOT_FOUND, 'customerLinkInvalid');
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows = (await manager.query(
        `SELECT id, "customerId", "expiresAt", "usedAt", next FROM customer_links
          WHERE "tokenHash" = $1 AND "associationId" = $2 FOR UPDATE`,
        [this.hash(token), association.id],
      )) as { id: string; customerId: string; expiresAt: Date; usedAt: Date | null; next: string | null }[];
      const link = rows[0];
      if (!link || link.usedAt) throw new AppError(ErrorCode.NOT_FOUND, 'customerLinkInvalid');
      if (link.expiresAt <= now) throw new AppError(ErrorCode.NOT_FOUND, 'customerLinkExpired');
      const card = await lockCustomer(manager, association.id, link.customerId, 'update');
      if (!card || card.erased) throw new AppError(ErrorCode.NOT_FOUND, 'customerLinkInvalid');
      await manager.query(`UPDATE customer_links SET "usedAt" = $2 WHERE id = $1`, [link.id, now]);
      await manager.query(`UPDATE customers SET "confirmedAt" = coalesce("confirmedAt", $2) WHERE id = $1`, [
        card.customerId,
        now,
      ]);
      await this.sessions.open(manager, res, association, card.customerId);
      return link.next && isCustomerNext(association.slug, link.next)
        ? link.next
        : customerPaths.card(association.slug);
    });
  }

  /** The customer's own data (the my-data page). */
  async profile(associationId: string, customerId: string, manager?: EntityManager): Promise<CustomerProfile | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id, "firstName", email, language, "cardCode", "cardRevokedAt", "consentLoyaltyAt", "consentNewsAt",
              "consentIdeasAt", "createdAt", "confirmedAt"
         FROM customers WHERE id = $1 AND "associationId" = $2 AND "erasedAt" IS NULL`,
      [customerId, associationId],
    )) as Record<string, unknown>[];
    const r = rows[0];
    if (!r) return null;
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);
    return {
      customerId: r['id'] as string,
      firstName: (r['firstName'] as string) ?? '',
      email: (r['email'] as string) ?? '',
      language: r['language'] === 'en' ? 'en' : 'fr',
      cardCode: r['cardCode'] as string,
      cardRevoked: r['cardRevokedAt'] !== null,
      consents: { loyalty: iso(r['consentLoyaltyAt']), news: iso(r['consentNewsAt']), ideas: iso(r['consentIdeasAt']) },
      joinedAt: iso(r['createdAt']) as string,
      confirmedAt: iso(r['confirmedAt']),
    };
  }

  /**
   * Corrects the first name and language and sets the consents: a consent kept keeps the time it was given, a
   * new one is given now, a withdrawn one is forgotten. Withdrawing all is allowed (as easy as giving them).
   */
  async update(card: CustomerCard, input: UpdateCustomerInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockCustomer(manager, card.associationId, card.customerId, 'update');
      if (!locked || locked.erased) throw AppError.notFound();
      const now = this.clock.now();
      await manager.query(
        `UPDATE customers SET "firstName" = $3, language = $4,
            "consentLoyaltyAt" = CASE WHEN $5::boolean THEN coalesce("consentLoyaltyAt", $8) END,
            "consentNewsAt" = CASE WHEN $6::boolean THEN coalesce("consentNewsAt", $8) END,
            "consentIdeasAt" = CASE WHEN $7::boolean THEN coalesce("consentIdeasAt", $8) END
          WHERE id = $1 AND "associationId" = $2`,
        [
          card.customerId,
          card.associationId,
          input.firstName,
          input.language,
          input.loyalty,
          input.news,
          input.ideas,
          now,
        ],
      );
    });
  }

  /** Everything held about the customer: their own row, then each registered domain's part under its name. */
  async exportData(card: CustomerCard): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const locked = await lockCustomer(manager, card.associationId, card.customerId);
      const profile =
        locked && !locked.erased ? await this.profile(card.associationId, card.customerId, manager) : null;
      if (!locked || !profile) throw AppError.notFound();
      const out: Record<string, unknown> = { exportedAt: this.clock.now().toISOString(), customers: profile };
      for (const source of this.sources.sources()) out[source.domain] = await source.export(manager, locked);
      return out;
    });
  }

  /**
   * Erases the customer for good, in one transaction: their row locked FOR UPDATE (other domains' writes about
   * them wait, then see `erased`), every registered domain's erasure, their links and sessions deleted, then the
   * row pseudonymised (no name, no e-mail, no consent; the card revoked). Erasing twice does nothing more.
   */
  async erase(associationId: string, customerId: string, manager?: EntityManager): Promise<void> {
    const work = async (m: EntityManager) => {
      const card = await lockCustomer(m, associationId, customerId, 'update');
      if (!card || card.erased) return;
      for (const source of this.sources.sources()) await source.erase(m, card);
      await pseudonymise(m, associationId, [customerId], this.clock.now());
    };
    if (manager) await work(manager);
    else await this.dataSource.transaction(work);
  }
}

/** Links and sessions deleted, the rows left with nothing personal (the association's closing uses it for all). */
export async function pseudonymise(
  manager: EntityManager,
  associationId: string,
  customerIds: readonly string[] | 'all',
  now: Date,
): Promise<void> {
  const only = customerIds === 'all' ? '' : ` AND "customerId" = ANY($2::uuid[])`;
  const onlyRows = customerIds === 'all' ? '' : ` AND id = ANY($2::uuid[])`;
  const params = customerIds === 'all' ? [associationId] : [associationId, customerIds];
  await manager.query(`DELETE FROM customer_links WHERE "associationId" = $1${only}`, params);
  await manager.query(`DELETE FROM customer_sessions WHERE "associationId" = $1${only}`, params);
  await manager.query(
    `UPDATE customers SET "firstName" = NULL, email = NULL, "emailKey" = NULL, "consentLoyaltyAt" = NULL,
        "consentNewsAt" = NULL, "consentIdeasAt" = NULL, "cardRevokedAt" = coalesce("cardRevokedAt", $${params.length + 1}),
        "erasedAt" = coalesce("erasedAt", $${params.length + 1})
      WHERE "associationId" = $1${onlyRows}`,
    [...params, now],
  );
}
