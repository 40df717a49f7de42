import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewCampaigns: true;
    EnrolOffer: true;
    ManageCampaigns: true;
  }
}

const { PRESIDENT, BOARD, MEMBER } = Role;

/**
 * The permissions promotions declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const PROMOTIONS_PERMISSIONS = {
  /** Read the association's campaigns (temps forts) and one's own shop's results (never consultants). */
  [Permission.ViewCampaigns]: [PRESIDENT, BOARD, MEMBER],
  /** Enrol one's own shop with an offer, and check and redeem codes in it (the service checks it is one's own shop). */
  [Permission.EnrolOffer]: [PRESIDENT, BOARD, MEMBER],
  /** Create, publish and cancel campaigns, review offers, see every shop's results. */
  [Permission.ManageCampaigns]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
