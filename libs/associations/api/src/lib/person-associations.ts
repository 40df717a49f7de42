import type { EntityManager } from 'typeorm';
import { MembershipEntity } from './membership.entity';

/**
 * Every association a person has or had a membership in (removed memberships too: what they did there is
 * still about them), in the caller's transaction: the subject of their data export (issue 25, GDPR
 * articles 15 and 20). An export never reads outside these.
 */
export async function personAssociationIds(manager: EntityManager, userId: string): Promise<string[]> {
  const rows = await manager
    .createQueryBuilder(MembershipEntity, 'm')
    .select('DISTINCT m."associationId"', 'associationId')
    .where('m."userId" = :userId', { userId })
    .orderBy('m."associationId"')
    .getRawMany<{ associationId: string }>();
  return rows.map((r) => r.associationId);
}
