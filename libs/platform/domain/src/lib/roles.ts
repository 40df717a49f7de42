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
  /** Read joint projects, their budget, votes, shares and ledger (consultants: assigned projects only). */
  ViewProjects = 'ViewProjects',
  /** Write and edit a draft project (consultants: projects they are assigned to). */
  DraftProject = 'DraftProject',
  /** Open a project to the members' vote. */
  ProposeProject = 'ProposeProject',
  /** Assign consultants, close a vote early, start and close projects. */
  ManageProjects = 'ManageProjects',
  /** Vote on a proposed project (never consultants). */
  VoteProject = 'VoteProject',
  /** Opt in or out of an approved project (never consultants). */
  JoinProject = 'JoinProject',
  /** Record contributions, expenses, refunds and corrections in a project's ledger (the treasurer is BOARD). */
  RecordMoney = 'RecordMoney',
  /** Read a project's audit trail. */
  ViewAudit = 'ViewAudit',
  /** Read the association's cashmobs, their suggested shops and reports (never consultants). */
  ViewCashmobs = 'ViewCashmobs',
  /** Propose a cashmob for a member shop, support a nomination, answer the shop's other slot, cancel one's own (never consultants). */
  ProposeCashmob = 'ProposeCashmob',
  /** As the shop's owner: accept, propose another slot, decline, record the result (the service checks it is one's own shop). */
  HostCashmob = 'HostCashmob',
  /** Cancel any cashmob, check people in and see sign-ups' personal data for any cashmob of the association. */
  ManageCashmobs = 'ManageCashmobs',
  /** Read the association's campaigns (temps forts) and one's own shop's results (never consultants). */
  ViewCampaigns = 'ViewCampaigns',
  /** Enrol one's own shop with an offer, and check and redeem codes in it (the service checks it is one's own shop). */
  EnrolOffer = 'EnrolOffer',
  /** Create, publish and cancel campaigns, review offers, see every shop's results. */
  ManageCampaigns = 'ManageCampaigns',
  /** Read the association calendar and subscribe to it (each kind of event as its own permission allows: consultants see their projects' milestones only). */
  ViewCalendar = 'ViewCalendar',
  /** See the association's meetings (not consultants: the association's private life). */
  ViewMeetings = 'ViewMeetings',
  /** Add, change and remove the association's meetings. */
  ManageMeetings = 'ManageMeetings',
  /** Read the association's impact dashboard (every shop's figures, added up), export it as CSV and PDF. */
  ViewImpact = 'ViewImpact',
  /** Read one's own shop's figures against the association's median (never another shop's figures). */
  ViewOwnImpact = 'ViewOwnImpact',
  /** Create, change and remove the association's embeddable widgets (blog-up store). */
  ManageWidgets = 'ManageWidgets',
}

const everyone = [
  Permission.ViewDirectory,
  Permission.LeaveAssociation,
  Permission.ViewFeed,
  Permission.Post,
  Permission.ViewProjects,
  Permission.DraftProject,
  Permission.ViewCalendar,
];
const projectMember = [Permission.VoteProject, Permission.JoinProject];
const projectBoard = [
  Permission.ProposeProject,
  Permission.ManageProjects,
  Permission.RecordMoney,
  Permission.ViewAudit,
];
const cashmobMember = [Permission.ViewCashmobs, Permission.ProposeCashmob, Permission.HostCashmob];
const campaignMember = [Permission.ViewCampaigns, Permission.EnrolOffer];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.PRESIDENT]: [
    ...everyone,
    Permission.EditOwnShop,
    Permission.ManageInvitations,
    Permission.ManageMembers,
    Permission.EditSettings,
    Permission.ManageTopics,
    Permission.Moderate,
    ...projectMember,
    ...projectBoard,
    ...cashmobMember,
    Permission.ManageCashmobs,
    ...campaignMember,
    Permission.ManageCampaigns,
    Permission.ViewMeetings,
    Permission.ManageMeetings,
    Permission.ViewImpact,
    Permission.ViewOwnImpact,
    Permission.ManageWidgets,
  ],
  [Role.BOARD]: [
    ...everyone,
    Permission.EditOwnShop,
    Permission.ManageInvitations,
    Permission.ManageMembers,
    Permission.ManageTopics,
    Permission.Moderate,
    ...projectMember,
    ...projectBoard,
    ...cashmobMember,
    Permission.ManageCashmobs,
    ...campaignMember,
    Permission.ManageCampaigns,
    Permission.ViewMeetings,
    Permission.ManageMeetings,
    Permission.ViewImpact,
    Permission.ViewOwnImpact,
    Permission.ManageWidgets,
  ],
  [Role.MEMBER]: [
    ...everyone,
    Permission.EditOwnShop,
    ...projectMember,
    ...cashmobMember,
    ...campaignMember,
    Permission.ViewMeetings,
    Permission.ViewOwnImpact,
  ],
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
