import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionRow, SessionService, sessionSql, toAuthUser } from '@assoc/identity-api';
import { AccessReader, queryPrepared, RequestAccess, Role } from '@assoc/platform-api';
import { DataSource } from 'typeorm';

/** The guard's statement when the request names an association: identity's session read with the membership joined. */
const MEMBER_SQL = sessionSql({
  join: `LEFT JOIN memberships m ON m."userId" = u.id AND m."associationId" = $4 AND m."removedAt" IS NULL
    LEFT JOIN associations a ON a.id = m."associationId"`,
  select: `m.id AS "membershipId", m.role, a."secondFactorRequired"`,
});
/** The guard's statement when the request names no association. */
const USER_SQL = sessionSql();

type AccessRow = SessionRow & {
  membershipId?: string | null;
  role?: Role | null;
  secondFactorRequired?: boolean | null;
};

/**
 * The guard's read of a request, in one statement: identity's open-session read (session and
 * person) with the person's active membership of the asked association left-joined (the unique
 * partial index memberships_active_unique serves it), and whether that association requires a second
 * factor (issue 25). Plain SQL written once per shape (with or without the association).
 */
@Injectable()
export class RequestAccessReader extends AccessReader {
  constructor(
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async read(token: string, associationId: string | null): Promise<RequestAccess | null> {
    const params = this.sessions.sessionParams(token);
    const [row] = await queryPrepared<AccessRow>(
      this.dataSource,
      associationId ? MEMBER_SQL : USER_SQL,
      associationId ? [...params, associationId] : params,
    );
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
