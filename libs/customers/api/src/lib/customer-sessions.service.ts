import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CUSTOMER_SESSION_TTL_DAYS } from '@assoc/customers-domain';
import {
  AppConfig,
  clearCookie,
  Clock,
  CookieOptions,
  HttpRequest,
  HttpResponse,
  isSecretTokenShape,
  newSecretToken,
  pathOf,
  secretTokenHash,
  setCookie,
} from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { CARD_COLUMNS, cardOf, CardRow, CustomerCard, isUuid } from './customer-card';
import { customerPaths } from './customer-links';
import { CustomerSessionEntity } from './customer.entity';

/**
 * The customer session cookie: `customer`, HttpOnly, SameSite=Lax, Path=/communaute/<slug> — a browser sends
 * it only to that association's customer pages, so a person who is a customer of two associations has two
 * cookies that never meet; and the server checks the session belongs to the page's association anyway.
 */
export const CUSTOMER_COOKIE = 'customer';
const SESSION_PURPOSE = 'customer-session';

/** The association a customer page is about: its id and its public slug. */
export interface CustomerPageAssociation {
  id: string;
  slug: string;
}

/**
 * Customers' signed-in browsers (issue 17 contract). Other domains' customer pages (loyalty's card,
 * community's ideas) call `current` or `required`.
 */
@Injectable()
export class CustomerSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private hash(token: string): string {
    return secretTokenHash(SESSION_PURPOSE, token, this.config.SECRET_KEY);
  }

  private token(req: HttpRequest): string | null {
    const value = req.cookies?.[CUSTOMER_COOKIE];
    return typeof value === 'string' && isSecretTokenShape(value) ? value : null;
  }

  /** The customer signed in on this browser for this association, or null (no cookie, expired, another association's, erased). */
  async current(req: HttpRequest, associationId: string): Promise<CustomerCard | null> {
    const token = this.token(req);
    if (!token || !isUuid(associationId)) return null;
    const rows = (await this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM customer_sessions s JOIN customers c ON c.id = s."customerId"
        WHERE s."tokenHash" = $1 AND s."associationId" = $2 AND c."associationId" = $2
          AND s."expiresAt" > $3 AND c."erasedAt" IS NULL`,
      [this.hash(token), associationId, this.clock.now()],
    )) as CardRow[];
    return rows[0] ? cardOf(rows[0]) : null;
  }

  /**
   * The signed-in customer, or null after redirecting (303 for a POST, else 302) to the association's
   * "ask a link" page with `next` set to this page: the handler stops when it gets null.
   */
  async required(
    req: HttpRequest,
    res: HttpResponse,
    association: CustomerPageAssociation,
  ): Promise<CustomerCard | null> {
    const card = await this.current(req, association.id);
    if (card) return card;
    res.redirect(this.signInAddress(req, association.slug), req.method === 'GET' ? 302 : 303);
    return null;
  }

  /** The "ask a link" page's address coming back to this page (`?next=`), keeping the reader's `?lang=`. */
  signInAddress(req: HttpRequest, slug: string): string {
    const query = new URLSearchParams();
    const lang = req.query?.['lang'];
    if (lang === 'fr' || lang === 'en') query.set('lang', lang);
    query.set('next', req.method === 'GET' ? pathOf(req) : customerPaths.card(slug));
    return `${customerPaths.signIn(slug)}?${query.toString()}`;
  }

  /** Opens a session in the caller's transaction (the link just used) and sets the cookie on the answer. */
  async open(
    manager: EntityManager,
    res: HttpResponse,
    association: CustomerPageAssociation,
    customerId: string,
  ): Promise<void> {
    const token = newSecretToken();
    const expiresAt = new Date(this.clock.nowMs() + CUSTOMER_SESSION_TTL_DAYS * 24 * 3600 * 1000);
    await manager.insert(CustomerSessionEntity, {
      associationId: association.id,
      customerId,
      tokenHash: this.hash(token),
      expiresAt,
    });
    setCookie(
      res,
      CUSTOMER_COOKIE,
      token,
      CUSTOMER_SESSION_TTL_DAYS * 24 * 3600 * 1000,
      this.cookieOptions(association.slug),
    );
  }

  /** Ends this browser's session for this association (the row and the cookie). */
  async close(req: HttpRequest, res: HttpResponse, association: CustomerPageAssociation): Promise<void> {
    const token = this.token(req);
    if (token)
      await this.dataSource.query(`DELETE FROM customer_sessions WHERE "tokenHash" = $1 AND "associationId" = $2`, [
        this.hash(token),
        association.id,
      ]);
    clearCookie(res, CUSTOMER_COOKIE, this.cookieOptions(association.slug));
  }

  /** HttpOnly and SameSite=Lax (the platform's), Secure on https, Path=/communaute/<slug>. */
  private cookieOptions(slug: string): CookieOptions {
    return { secure: this.config.PUBLIC_URL.startsWith('https://'), path: customerPaths.base(slug) };
  }
}
