import { EntityManager } from 'typeorm';

const DAY_MS = 24 * 3600 * 1000;

/** A demo customer who joined `daysAgo` from a page, opened the link at once and gave these consents. */
export interface DemoCustomer {
  firstName: string;
  email: string;
  language: string;
  consents: readonly string[];
  from: string;
  cardCode: string;
  daysAgo: number;
}

/** How the demo association's customers are written and found (the API's demo seeder orchestrates, inside its transaction). */
export const CustomersDemo = {
  async seed(
    manager: EntityManager,
    input: { associationId: string; customers: readonly DemoCustomer[]; now: Date },
  ): Promise<void> {
    for (const c of input.customers) {
      const joined = new Date(input.now.getTime() - c.daysAgo * DAY_MS);
      const given = (purpose: string) => (c.consents.includes(purpose) ? joined : null);
      await manager.query(
        `INSERT INTO customers ("associationId", "firstName", email, "emailKey", language, "consentLoyaltyAt",
         "consentNewsAt", "consentIdeasAt", "cardCode", "createdAt", "confirmedAt", "joinedFrom")
       VALUES ($1, $2, $3, lower($3), $4, $5, $6, $7, $8, $9, $9, $10)`,
        [
          input.associationId,
          c.firstName,
          c.email,
          c.language,
          given('loyalty'),
          given('news'),
          given('ideas'),
          c.cardCode,
          joined,
          c.from,
        ],
      );
    }
  },

  /** The association's first customers (oldest first, not erased; with `loyalty`, only those who chose the card). */
  async first(
    manager: EntityManager,
    associationId: string,
    options: { loyalty: boolean; limit: number },
  ): Promise<{ id: string }[]> {
    return manager.query(
      `SELECT id FROM customers WHERE "associationId" = $1${options.loyalty ? ` AND "consentLoyaltyAt" IS NOT NULL` : ''} AND "erasedAt" IS NULL ORDER BY "createdAt", id LIMIT $2`,
      [associationId, options.limit],
    );
  },
};
