import type { EntityManager } from 'typeorm';

/** What closing an account must know of the person's memberships (read in the closing transaction). */
export interface ClosingMemberships {
  /** Every association the person has or had a membership in: the erasure's subject. */
  associationIds: string[];
  /** The associations whose only active president the person is, by name: they must hand the role over first. */
  solePresidentOf: string[];
}

/**
 * The associations domain knows memberships and depends on identity, so identity asks through this port
 * (as the platform's guard asks MembershipLookup): the associations module provides it from its public
 * services. Absent (identity alone, in some tests), the person belongs to no association.
 */
export abstract class AccountMemberships {
  /**
   * The person's memberships for closing their account, in the caller's transaction (`manager`); the rows
   * are locked so a role handed over at the same moment cannot leave an association without a president.
   */
  abstract forClosing(userId: string, manager: EntityManager): Promise<ClosingMemberships>;
}
