import { Injectable } from '@nestjs/common';
import { AccountMemberships, ClosingMemberships } from '@assoc/identity-api';
import { Role } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { personAssociationIds } from './person-associations';

/**
 * What closing an account asks of memberships (identity's AccountMemberships port, issue 25): every
 * association the person has or had a membership in, and those whose only active president they are. The
 * person's memberships and the presidents' rows of the associations they preside are locked FOR UPDATE in
 * the closing transaction (in id order): two co-presidents closing at once are checked one after the other,
 * so the second finds the first one's membership removed and is refused.
 */
@Injectable()
export class ClosingMembershipsService extends AccountMemberships {
  async forClosing(userId: string, manager: EntityManager): Promise<ClosingMemberships> {
    await manager.query(
      `SELECT m.id FROM memberships m
        WHERE m."userId" = $1
           OR (m."removedAt" IS NULL AND m.role = $2 AND m."associationId" IN (
                SELECT own."associationId" FROM memberships own
                 WHERE own."userId" = $1 AND own."removedAt" IS NULL AND own.role = $2))
        ORDER BY m.id FOR UPDATE`,
      [userId, Role.PRESIDENT],
    );
    const sole: { name: string }[] = await manager.query(
      `SELECT a.name FROM memberships own JOIN associations a ON a.id = own."associationId"
        WHERE own."userId" = $1 AND own."removedAt" IS NULL AND own.role = $2
          AND NOT EXISTS (SELECT 1 FROM memberships other
                           WHERE other."associationId" = own."associationId" AND other."removedAt" IS NULL
                             AND other.role = $2 AND other.id <> own.id)
        ORDER BY a.name, a.id`,
      [userId, Role.PRESIDENT],
    );
    return {
      associationIds: await personAssociationIds(manager, userId),
      solePresidentOf: sole.map((row) => row.name),
    };
  }
}
