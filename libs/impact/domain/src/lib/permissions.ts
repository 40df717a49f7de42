import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewImpact: true;
    ViewOwnImpact: true;
  }
}

const { PRESIDENT, BOARD, MEMBER } = Role;

/**
 * The permissions impact declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const IMPACT_PERMISSIONS = {
  /** Read the association's impact dashboard (every shop's figures, added up), export it as CSV and PDF. */
  [Permission.ViewImpact]: [PRESIDENT, BOARD],
  /** Read one's own shop's figures against the association's median (never another shop's figures). */
  [Permission.ViewOwnImpact]: [PRESIDENT, BOARD, MEMBER],
} as const satisfies PermissionRoles;
