/** A person's role inside one association. */
export enum Role {
  PRESIDENT = 'PRESIDENT',
  BOARD = 'BOARD',
  MEMBER = 'MEMBER',
  CONSULTANT = 'CONSULTANT',
}

/**
 * What an operation needs. Every mutation names one; the API's global guard checks it against the
 * caller's role in the current association.
 */
export enum Permission {
  /** Read the association's directory, members and shops. */
  ViewDirectory = 'ViewDirectory',
  /** Describe one's own shop. */
  EditOwnShop = 'EditOwnShop',
  /** Invite people, resend and revoke invitations, see them. */
  ManageInvitations = 'ManageInvitations',
  /** Change a member's role, remove a member. */
  ManageMembers = 'ManageMembers',
  /** Edit the association's settings and decision rules. */
  EditSettings = 'EditSettings',
  /** Leave the association. */
  LeaveAssociation = 'LeaveAssociation',
  /** Read the network: feed, posts, comments, reactions, search (consultants: open topics only). */
  ViewFeed = 'ViewFeed',
  /** Post, comment and react (consultants: in topics open to consultants only). */
  Post = 'Post',
  /** Create, rename, reorder and archive the network's topics. */
  ManageTopics = 'ManageTopics',
  /** Publish and pin announcements, hide posts and comments with a reason. */
  Moderate = 'Moderate',
}

const everyone = [Permission.ViewDirectory, Permission.LeaveAssociation, Permission.ViewFeed, Permission.Post];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.PRESIDENT]: [...everyone, Permission.EditOwnShop, Permission.ManageInvitations, Permission.ManageMembers, Permission.EditSettings, Permission.ManageTopics, Permission.Moderate],
  [Role.BOARD]: [...everyone, Permission.EditOwnShop, Permission.ManageInvitations, Permission.ManageMembers, Permission.ManageTopics, Permission.Moderate],
  [Role.MEMBER]: [...everyone, Permission.EditOwnShop],
  [Role.CONSULTANT]: [...everyone],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles that a caller of the given role may grant (invite with, or change someone to). */
export function grantableRoles(callerRole: Role): readonly Role[] {
  switch (callerRole) {
    case Role.PRESIDENT:
      return [Role.PRESIDENT, Role.BOARD, Role.MEMBER, Role.CONSULTANT];
    case Role.BOARD:
      return [Role.BOARD, Role.MEMBER, Role.CONSULTANT];
    default:
      return [];
  }
}
