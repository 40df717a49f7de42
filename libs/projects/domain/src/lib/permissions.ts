import { Permission, PermissionRoles, Role, SecondFactorPermissions } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewProjects: true;
    DraftProject: true;
    ProposeProject: true;
    ManageProjects: true;
    VoteProject: true;
    JoinProject: true;
    RecordMoney: true;
    ApproveExpenses: true;
    ViewAudit: true;
  }
}

const { PRESIDENT, BOARD, MEMBER, CONSULTANT } = Role;

/**
 * The permissions projects declares and the roles that hold them. Its api module registers them with the
 * platform (`registerPermissions`), whose guard checks `@Allow(...)` against them; the web app
 * registers the same list at start for its menus and route guards.
 */
export const PROJECTS_PERMISSIONS = {
  /** Read joint projects, their budget, votes, shares and ledger (consultants: assigned projects only). */
  [Permission.ViewProjects]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Write and edit a draft project (consultants: projects they are assigned to). */
  [Permission.DraftProject]: [PRESIDENT, BOARD, MEMBER, CONSULTANT],
  /** Open a project to the members' vote. */
  [Permission.ProposeProject]: [PRESIDENT, BOARD],
  /** Assign consultants, close a vote early, start and close projects. */
  [Permission.ManageProjects]: [PRESIDENT, BOARD],
  /** Vote on a proposed project (never consultants). */
  [Permission.VoteProject]: [PRESIDENT, BOARD, MEMBER],
  /** Opt in or out of an approved project (never consultants). */
  [Permission.JoinProject]: [PRESIDENT, BOARD, MEMBER],
  /** Record contributions, expenses, refunds and corrections in a project's ledger (the treasurer is BOARD). */
  [Permission.RecordMoney]: [PRESIDENT, BOARD],
  /** Approve or reject, as the second signature, an expense above the association's threshold (never the member who recorded it). */
  [Permission.ApproveExpenses]: [PRESIDENT, BOARD],
  /** Read a project's audit trail. */
  [Permission.ViewAudit]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;

/** What moves money, so needs a second factor where the association requires one (issue 25). */
export const PROJECTS_SECOND_FACTOR = {
  [Permission.RecordMoney]: 'money',
  [Permission.ApproveExpenses]: 'money',
} as const satisfies SecondFactorPermissions;
