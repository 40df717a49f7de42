import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ManageWidgets: true;
  }
}

const { PRESIDENT, BOARD } = Role;

/**
 * The permissions widgets declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const WIDGETS_PERMISSIONS = {
  /** Create, change and remove the association's embeddable widgets (blog-up store). */
  [Permission.ManageWidgets]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
