import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewFeed: true;
    Post: true;
    ManageTopics: true;
    Moderate: true;
  }
}

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions network declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const NETWORK_PERMISSIONS = {
  /** Read the network: feed, posts, comments, reactions, search (consultants: open topics only). */
  [Permission.ViewFeed]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Post, comment and react (consultants: in topics open to consultants only). */
  [Permission.Post]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Create, rename, reorder and archive the network's topics. */
  [Permission.ManageTopics]: [PRESIDENT, BOARD],
  /** Publish and pin announcements, hide posts and comments with a reason. */
  [Permission.Moderate]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
