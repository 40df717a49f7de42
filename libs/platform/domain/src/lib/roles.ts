/** A person's role inside one association. */
export enum Role {
  PRESIDENT = 'PRESIDENT',
  BOARD = 'BOARD',
  MEMBER = 'MEMBER',
  CONSULTANT = 'CONSULTANT',
}

/**
 * The names an operation can need (`@Allow(Permission.ViewCashmobs)`). Each domain declares what its
 * permissions mean and which roles hold them in its own `domain` library (`<DOMAIN>_PERMISSIONS`);
 * the platform only composes those declarations for the guard and the web app (ADR 0026).
 */
export enum Permission {
  // associations (associations-domain's permissions.ts)
  ManageInvitations = 'ManageInvitations',
  ManageMembers = 'ManageMembers',
  EditSettings = 'EditSettings',
  LeaveAssociation = 'LeaveAssociation',
  ViewDirectory = 'ViewDirectory',
  // directory (directory-domain's permissions.ts)
  EditOwnShop = 'EditOwnShop',
  // network (network-domain's permissions.ts)
  ViewFeed = 'ViewFeed',
  Post = 'Post',
  ManageTopics = 'ManageTopics',
  Moderate = 'Moderate',
  // projects (projects-domain's permissions.ts)
  ViewProjects = 'ViewProjects',
  DraftProject = 'DraftProject',
  ProposeProject = 'ProposeProject',
  ManageProjects = 'ManageProjects',
  VoteProject = 'VoteProject',
  JoinProject = 'JoinProject',
  RecordMoney = 'RecordMoney',
  ApproveExpenses = 'ApproveExpenses',
  ViewAudit = 'ViewAudit',
  // cashmobs (cashmobs-domain's permissions.ts)
  ViewCashmobs = 'ViewCashmobs',
  ProposeCashmob = 'ProposeCashmob',
  HostCashmob = 'HostCashmob',
  ManageCashmobs = 'ManageCashmobs',
  // promotions (promotions-domain's permissions.ts)
  ViewCampaigns = 'ViewCampaigns',
  EnrolOffer = 'EnrolOffer',
  ManageCampaigns = 'ManageCampaigns',
  // calendar (calendar-domain's permissions.ts)
  ViewCalendar = 'ViewCalendar',
  ViewMeetings = 'ViewMeetings',
  ManageMeetings = 'ManageMeetings',
  // impact (impact-domain's permissions.ts)
  ViewImpact = 'ViewImpact',
  ViewOwnImpact = 'ViewOwnImpact',
  // widgets (widgets-domain's permissions.ts)
  ManageWidgets = 'ManageWidgets',
}

/** Which roles hold each permission a domain declares. */
export type PermissionRoles = Readonly<Partial<Record<Permission, readonly Role[]>>>;

/** Every declared permission, with the domain that declared it and its holders. */
const holders = new Map<Permission, { owner: string; roles: readonly Role[] }>();

/**
 * Adds a domain's permissions to what the guard checks. A permission belongs to one domain: one that
 * another domain already declared is refused (declaring the same domain's list again is harmless).
 */
export function registerPermissions(owner: string, table: PermissionRoles): void {
  for (const [permission, roles] of Object.entries(table) as [Permission, readonly Role[]][]) {
    const known = holders.get(permission);
    if (known && known.owner !== owner)
      throw new Error(`The permission '${permission}' is declared by both ${known.owner} and ${owner}.`);
    holders.set(permission, { owner, roles });
  }
}

/** Whether a role holds a permission; a permission no registered domain declares is held by no one. */
export function roleHasPermission(role: Role, permission: Permission): boolean {
  return holders.get(permission)?.roles.includes(role) ?? false;
}

/** The domain that declared a permission, or undefined when none did. */
export function permissionOwner(permission: Permission): string | undefined {
  return holders.get(permission)?.owner;
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
