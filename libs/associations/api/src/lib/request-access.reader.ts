import { Injectable } from '@nestjs/common';
import { SessionRow, SessionService, toAuthUser } from '@assoc/identity-api';
import { AccessReader, QueryShapes, RequestAccess, Role } from '@assoc/platform-api';
import { AssociationEntity } from './association.entity';
import { MembershipEntity } from './membership.entity';

/**
 * The guard's read of a request, in one statement: identity's open-session query (session and
 * person) with the person's active membership of the asked association left-joined (the unique
 * partial index memberships_active_unique serves it), and whether that association requires a second
 * factor (issue 25). Its SQL is generated once per shape (with or
 * without the association), not on every request.
 */
@Injectable()
export class RequestAccessReader extends AccessReader {
  private readonly shapes = new QueryShapes();

  constructor(private readonly sessions: SessionService) {
    super();
  }

  async read(token: string, associationId: string | null): Promise<RequestAccess | null> {
    const query = this.sessions.sessionQuery(token);
    if (associationId)
      query
        .leftJoin(
          MembershipEntity,
          'm',
          'm.userId = u.id AND m.associationId = :associationId AND m.removedAt IS NULL',
          { associationId },
        )
        .leftJoin(AssociationEntity, 'a', 'a.id = m.associationId')
        .addSelect('m.id', 'membershipId')
        .addSelect('m.role', 'role')
        .addSelect('a.secondFactorRequired', 'secondFactorRequired');
    const row = await this.shapes.rawOne<
      SessionRow & { membershipId: string | null; role: Role | null; secondFactorRequired: boolean | null }
    >(associationId ? 'member' : 'user', query);
    if (!row) return null;
    const user = toAuthUser(row);
    const member =
      associationId && row.membershipId && row.role
        ? {
            membershipId: row.membershipId,
            associationId,
            userId: user.id,
            role: row.role,
            secondFactorRequired: !!row.secondFactorRequired,
          }
        : null;
    return { user, member };
  }
}
