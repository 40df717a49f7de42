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
