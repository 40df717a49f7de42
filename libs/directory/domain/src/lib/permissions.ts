import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions directory declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const DIRECTORY_PERMISSIONS = {
  /** Read the association's directory, members and shops. */
  [Permission.ViewDirectory]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Describe one's own shop. */
  [Permission.EditOwnShop]: [PRESIDENT, BOARD, MEMBER],
} as const satisfies PermissionRoles;
