import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewIdeas: true;
    ProposeIdeas: true;
    AnswerIdeas: true;
    ShopContributions: true;
  }
}

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions the community (ideas box, contributions, recommendations, co-created products) declares
 * and the roles that hold them. Customers act on the server-rendered pages with their own session, not
 * through these.
 */
export const COMMUNITY_PERMISSIONS = {
  /** Read the ideas box: ideas, supports, comments, answers and what adopted ideas became. */
  [Permission.ViewIdeas]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Propose an idea, support it, comment. */
  [Permission.ProposeIdeas]: [PRESIDENT, BOARD, MEMBER],
  /**
   * Answer ideas (accepted, under study, declined, with a reason), turn an accepted one into a joint project
   * or a campaign, mark contributions useful, moderate recommendations, set the contribution points.
   */
  [Permission.AnswerIdeas]: [PRESIDENT, BOARD],
  /**
   * For one's own shop (the service checks it is one's own): mark a published recommendation helpful, and a
   * featured product "co-created with our customers".
   */
  [Permission.ShopContributions]: [PRESIDENT, BOARD, MEMBER],
} as const satisfies PermissionRoles;
