import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    EditOwnShop: true;
  }
}

const { PRESIDENT, BOARD, MEMBER } = Role;

/**
 * The permissions directory declares and the roles that hold them (reading the directory is
 * associations' ViewDirectory: every member may, and other domains guard member-wide reads with it). Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const DIRECTORY_PERMISSIONS = {
  /** Describe one's own shop. */
  [Permission.EditOwnShop]: [PRESIDENT, BOARD, MEMBER],
} as const satisfies PermissionRoles;
