import { CustomerCard, lockCustomer } from '@assoc/customers-api';
import { AppError } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';

/**
 * Locks the cards of these customers for a change of their points, in the caller's transaction, in one order
 * (by id: two sales crediting each other's cards cannot deadlock). First customers' `lockCustomer` (FOR SHARE:
 * an erasure, which takes the row FOR UPDATE, and this change never interleave), then this domain's own
 * transaction-scoped advisory lock per card, which points writers take exclusively: two redemptions on one card
 * run one after the other, the second reading the balance the first left. Answers the cards by id; a customer
 * unknown in this association is absent.
 */
export async function lockCards(
  manager: EntityManager,
  associationId: string,
  customerIds: readonly string[],
): Promise<Map<string, CustomerCard>> {
  const cards = new Map<string, CustomerCard>();
  for (const id of [...new Set(customerIds)].sort()) {
    const card = await lockCustomer(manager, associationId, id);
    if (!card) continue;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('loyalty-card:' || $1::text, 0))`, [id]);
    cards.set(id, card);
  }
  return cards;
}

/** A card a shop may credit or redeem on, or the reason it may not (on the field `code`, what the counter typed). */
export function assertUsableCard(card: CustomerCard | null | undefined): CustomerCard {
  if (!card) throw AppError.field('code', 'loyaltyCardUnknown');
  if (card.erased || card.cardRevoked) throw AppError.field('code', 'loyaltyCardRevoked');
  if (!card.consents.loyalty) throw AppError.field('code', 'loyaltyCardNoConsent');
  return card;
}
