import { Permission, PermissionRoles, Role, SecondFactorPermissions } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ManageInvitations: true;
    ManageMembers: true;
    EditSettings: true;
    LeaveAssociation: true;
    ViewDirectory: true;
    CloseAssociation: true;
    CancelAssociationClosing: true;
  }
}

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions associations declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const ASSOCIATIONS_PERMISSIONS = {
  /**
   * Read what every member of the association may read: the association, its directory of members and
   * shops, one's notifications. Declared here, upstream of the domains that guard member-wide reads with it.
   */
  [Permission.ViewDirectory]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Invite people, resend and revoke invitations, see them. */
  [Permission.ManageInvitations]: [PRESIDENT, BOARD],
  /** Change a member's role, remove a member. */
  [Permission.ManageMembers]: [PRESIDENT, BOARD],
  /** Edit the association's settings and decision rules. */
  [Permission.EditSettings]: [PRESIDENT],
  /** Leave the association. */
  [Permission.LeaveAssociation]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Ask to close the association (after the grace period, members lose access and its personal data is erased). */
  [Permission.CloseAssociation]: [PRESIDENT],
  /** Cancel a closing asked for, during the grace period. */
  [Permission.CancelAssociationClosing]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;

/**
 * What needs a second factor where the association requires one (issue 25): changing roles (a member's
 * role, removing them, inviting with a role) and the rules (settings, among them this requirement itself; closing
 * the association).
 */
export const ASSOCIATIONS_SECOND_FACTOR = {
  [Permission.ManageMembers]: 'roles',
  [Permission.ManageInvitations]: 'roles',
  [Permission.EditSettings]: 'rules',
  // Closing the association ends every membership and erases its personal data after the grace period.
  [Permission.CloseAssociation]: 'rules',
} as const satisfies SecondFactorPermissions;
