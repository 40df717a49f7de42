import { Injectable } from '@nestjs/common';
import { SessionRow, SessionService, toAuthUser } from '@assoc/identity-api';
import { AccessReader, QueryShapes, RequestAccess, Role } from '@assoc/platform-api';
import { MembershipEntity } from './membership.entity';

/**
 * The guard's read of a request, in one statement: identity's open-session query (session and
 * person) with the person's active membership of the asked association left-joined (the unique
 * partial index memberships_active_unique serves it). Its SQL is generated once per shape (with or
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
        .addSelect('m.id', 'membershipId')
        .addSelect('m.role', 'role');
    const row = await this.shapes.rawOne<SessionRow & { membershipId: string | null; role: Role | null }>(
      associationId ? 'member' : 'user',
      query,
    );
    if (!row) return null;
    const user = toAuthUser(row);
    const member =
      associationId && row.membershipId && row.role
        ? { membershipId: row.membershipId, associationId, userId: user.id, role: row.role }
        : null;
    return { user, member };
  }
}
