import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewCalendar: true;
    ViewMeetings: true;
    ManageMeetings: true;
  }
}

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions calendar declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const CALENDAR_PERMISSIONS = {
  /** Read the association calendar and subscribe to it (each kind of event as its own permission allows: consultants see their projects' milestones only). */
  [Permission.ViewCalendar]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** See the association's meetings (not consultants: the association's private life). */
  [Permission.ViewMeetings]: [PRESIDENT, BOARD, MEMBER],
  /** Add, change and remove the association's meetings. */
  [Permission.ManageMeetings]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
