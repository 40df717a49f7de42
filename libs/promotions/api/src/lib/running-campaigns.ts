import { EntityManager } from 'typeorm';

/**
 * Whether one of the association's campaigns is running at `now` (published, not cancelled, between its start
 * and its end: `statusAt(campaign, now) === RUNNING`), as another domain asks it (issue 17: the loyalty card's
 * campaign bonus). The rule is promotions'; the caller's transaction may read it.
 */
export async function campaignRunning(manager: EntityManager, associationId: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM campaigns WHERE "associationId" = $1 AND "publishedAt" IS NOT NULL AND "cancelledAt" IS NULL
        AND "startsAt" <= $2 AND "endsAt" > $2 LIMIT 1`,
    [associationId, now],
  );
  return rows.length > 0;
}
