import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewCashmobs: true;
    ProposeCashmob: true;
    HostCashmob: true;
    ManageCashmobs: true;
  }
}

const { PRESIDENT, BOARD, MEMBER } = Role;

/**
 * The permissions cashmobs declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const CASHMOBS_PERMISSIONS = {
  /** Read the association's cashmobs, their suggested shops and reports (never consultants). */
  [Permission.ViewCashmobs]: [PRESIDENT, BOARD, MEMBER],
  /** Propose a cashmob for a member shop, support a nomination, answer the shop's other slot, cancel one's own (never consultants). */
  [Permission.ProposeCashmob]: [PRESIDENT, BOARD, MEMBER],
  /** As the shop's owner: accept, propose another slot, decline, record the result (the service checks it is one's own shop). */
  [Permission.HostCashmob]: [PRESIDENT, BOARD, MEMBER],
  /** Cancel any cashmob, check people in and see sign-ups' personal data for any cashmob of the association. */
  [Permission.ManageCashmobs]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
