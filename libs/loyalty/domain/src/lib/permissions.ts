import { Permission, PermissionRoles, Role, SecondFactorPermissions } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ManageLoyalty: true;
    UseLoyaltyCounter: true;
  }
}

const { PRESIDENT, BOARD, MEMBER } = Role;

/** The permissions the loyalty card declares and the roles that hold them (issue 17, ADR 0034). */
export const LOYALTY_PERMISSIONS = {
  /** Set the rule (points per euro, campaign bonus, caps), the rewards, fund the pot, reverse a movement, see every movement. */
  [Permission.ManageLoyalty]: [PRESIDENT, BOARD],
  /** At one's own shop's counter: opt the shop in or out, credit a purchase, redeem a reward (the service checks the shop is one's own). */
  [Permission.UseLoyaltyCounter]: [PRESIDENT, BOARD, MEMBER],
} as const satisfies PermissionRoles;

/** Funding the pot and reversing a movement move money, so need a second factor where the association requires one. */
export const LOYALTY_SECOND_FACTOR = {
  [Permission.ManageLoyalty]: 'money',
} as const satisfies SecondFactorPermissions;
