import { Permission, PermissionRoles, Role, SecondFactorPermissions } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewTreasury: true;
    RecordTreasury: true;
  }
}

const { PRESIDENT, BOARD } = Role;

/**
 * The permissions the treasury declares and the roles that hold them. Its api module registers them with
 * the platform (`registerPermissions`); the web app registers the same list for its menus and guards.
 */
export const TREASURY_PERMISSIONS = {
  /** Read the association's treasury: balances, the journal, a shop's monthly statement (and its CSV). */
  [Permission.ViewTreasury]: [PRESIDENT, BOARD],
  /** Record a bank payment to a shop, an income or an expense, and reverse an entry (the treasurer is BOARD). */
  [Permission.RecordTreasury]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;

/** What moves money, so needs a second factor where the association requires one (issue 25). */
export const TREASURY_SECOND_FACTOR = {
  [Permission.RecordTreasury]: 'money',
} as const satisfies SecondFactorPermissions;
