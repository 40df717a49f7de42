import type { AuthUser, CurrentMember } from './request-context';

/**
 * What the platform's guard needs from the domains, without depending on them: identity tells who a
 * session cookie belongs to, associations tells a person's role in an association.
 */
export abstract class SessionAuthenticator {
  abstract authenticate(token: string): Promise<AuthUser | null>;
}

export abstract class MembershipLookup {
  abstract activeMembership(userId: string, associationId: string): Promise<CurrentMember | null>;
}

/** Who a session cookie belongs to and, read with it, their active membership of one association. */
export interface RequestAccess {
  user: AuthUser;
  /** Null when no association was asked or the person is not an active member of it. */
  member: CurrentMember | null;
}

/**
 * The guard's one read per request: the session (not expired), its person and their active
 * membership of the association named by the request, in ONE statement. Provided by the
 * associations domain (which knows memberships) on identity's session query.
 */
export abstract class AccessReader {
  abstract read(token: string, associationId: string | null): Promise<RequestAccess | null>;
}
