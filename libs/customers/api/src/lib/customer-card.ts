import { CustomerConsents, CustomerLanguage } from '@assoc/customers-domain';
import { EntityManager } from 'typeorm';

/**
 * What other domains know of a customer (issue 17 contract): plain values, never the entity. `erased`: the
 * customer erased their data (no name, no e-mail, the card revoked); other domains keep their records about
 * the id and show no name.
 */
export interface CustomerCard {
  customerId: string;
  associationId: string;
  /** Empty once erased. */
  firstName: string;
  /** Empty once erased. */
  email: string;
  language: CustomerLanguage;
  /** Stored normalised (`ABCDEFGH`); show it with `formatCardCode`. */
  cardCode: string;
  cardRevoked: boolean;
  consents: CustomerConsents;
  erased: boolean;
  /** When they joined, and when they first opened a link (null: never confirmed). */
  joinedAt: Date;
  confirmedAt: Date | null;
}

/** The columns a card is read from (`c` is the customers table's alias). */
export const CARD_COLUMNS = `c.id, c."associationId", c."firstName", c.email, c.language, c."cardCode", c."cardRevokedAt",
  c."consentLoyaltyAt", c."consentNewsAt", c."consentIdeasAt", c."erasedAt", c."createdAt", c."confirmedAt"`;

export interface CardRow {
  id: string;
  associationId: string;
  firstName: string | null;
  email: string | null;
  language: string;
  cardCode: string;
  cardRevokedAt: Date | null;
  consentLoyaltyAt: Date | null;
  consentNewsAt: Date | null;
  consentIdeasAt: Date | null;
  erasedAt: Date | null;
  createdAt: Date;
  confirmedAt: Date | null;
}

export function cardOf(row: CardRow): CustomerCard {
  return {
    customerId: row.id,
    associationId: row.associationId,
    firstName: row.firstName ?? '',
    email: row.email ?? '',
    language: row.language === 'en' ? 'en' : 'fr',
    cardCode: row.cardCode,
    cardRevoked: row.cardRevokedAt !== null,
    consents: {
      loyalty: row.consentLoyaltyAt !== null,
      news: row.consentNewsAt !== null,
      ideas: row.consentIdeasAt !== null,
    },
    erased: row.erasedAt !== null,
    joinedAt: row.createdAt,
    confirmedAt: row.confirmedAt,
  };
}

/** A uuid's shape: anything else is no customer, without asking PostgreSQL to cast it. */
export const isUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Takes the customer's row lock in the caller's transaction and returns their card, or null when the
 * association has no such customer (a customer of another association is null too).
 *
 * Every write about a customer in another domain (points, an idea, a support, a recommendation) calls this
 * first with the default `share` mode (FOR SHARE: writers do not wait for each other) and refuses when the card
 * is `erased`; the erasure takes the same row `FOR UPDATE`, so it waits for those writes to commit and they wait
 * for it: an erasure and a write never interleave, and nothing is written for an erased customer.
 * The customers domain's own changes of the row use `update`.
 */
export async function lockCustomer(
  manager: EntityManager,
  associationId: string,
  customerId: string,
  mode: 'share' | 'update' = 'share',
): Promise<CustomerCard | null> {
  if (!isUuid(customerId) || !isUuid(associationId)) return null;
  const rows = (await manager.query(
    `SELECT ${CARD_COLUMNS} FROM customers c WHERE c.id = $1 AND c."associationId" = $2
      FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`,
    [customerId, associationId],
  )) as CardRow[];
  return rows[0] ? cardOf(rows[0]) : null;
}
