import { ok, ProjectResult, refused } from './problems';

/** Where a joint project stands in its life. */
export enum ProjectStatus {
  /** Being written by its author (a member, the board or an assigned consultant). */
  DRAFT = 'DRAFT',
  /** Open to the members' vote. */
  PROPOSED = 'PROPOSED',
  /** Approved by the vote; members opt in or out until the joining deadline. */
  APPROVED_OPEN = 'APPROVED_OPEN',
  /** Refused by the vote (final). */
  REJECTED = 'REJECTED',
  /** Thresholds reached at the deadline; the shares are frozen. */
  FUNDED = 'FUNDED',
  /** Contributions and expenses are being recorded, tasks run. */
  ACTIVE = 'ACTIVE',
  /** Finished: balances and settle-up are final. */
  CLOSED = 'CLOSED',
  /** Abandoned before funding, or thresholds missed at the deadline: nobody owes anything (final). */
  CANCELLED = 'CANCELLED',
}

/** What makes a project move. */
export enum ProjectEvent {
  /** The author or president opens the vote. */
  PROPOSE = 'PROPOSE',
  /** The vote closed (at the deadline, or early once decided) and approved the project. */
  VOTE_APPROVED = 'VOTE_APPROVED',
  /** The vote closed and did not approve it (no quorum or no majority). */
  VOTE_REJECTED = 'VOTE_REJECTED',
  /** Joining deadline passed with the thresholds reached (see fundingDecision). */
  FUNDING_REACHED = 'FUNDING_REACHED',
  /** Joining deadline passed with a threshold missed: all-or-nothing, the project is cancelled. */
  FUNDING_MISSED = 'FUNDING_MISSED',
  /** Work starts (the president or board). */
  START = 'START',
  /** Work done, accounts settled (the president or board). */
  CLOSE = 'CLOSE',
  /** The author or president abandons the project; only before it is funded. */
  CANCEL = 'CANCEL',
}

/**
 * The one table of allowed transitions: status → event → next status. Anything absent is refused.
 * DRAFT → PROPOSED → APPROVED_OPEN | REJECTED; APPROVED_OPEN → FUNDED | CANCELLED at the deadline;
 * FUNDED → ACTIVE → CLOSED; DRAFT, PROPOSED and APPROVED_OPEN → CANCELLED on CANCEL.
 * REJECTED, CLOSED and CANCELLED are final. Who may send which event is the API's check.
 */
export const PROJECT_TRANSITIONS: Readonly<
  Record<ProjectStatus, Readonly<Partial<Record<ProjectEvent, ProjectStatus>>>>
> = {
  [ProjectStatus.DRAFT]: {
    [ProjectEvent.PROPOSE]: ProjectStatus.PROPOSED,
    [ProjectEvent.CANCEL]: ProjectStatus.CANCELLED,
  },
  [ProjectStatus.PROPOSED]: {
    [ProjectEvent.VOTE_APPROVED]: ProjectStatus.APPROVED_OPEN,
    [ProjectEvent.VOTE_REJECTED]: ProjectStatus.REJECTED,
    [ProjectEvent.CANCEL]: ProjectStatus.CANCELLED,
  },
  [ProjectStatus.APPROVED_OPEN]: {
    [ProjectEvent.FUNDING_REACHED]: ProjectStatus.FUNDED,
    [ProjectEvent.FUNDING_MISSED]: ProjectStatus.CANCELLED,
    [ProjectEvent.CANCEL]: ProjectStatus.CANCELLED,
  },
  [ProjectStatus.FUNDED]: { [ProjectEvent.START]: ProjectStatus.ACTIVE },
  [ProjectStatus.ACTIVE]: { [ProjectEvent.CLOSE]: ProjectStatus.CLOSED },
  [ProjectStatus.REJECTED]: {},
  [ProjectStatus.CLOSED]: {},
  [ProjectStatus.CANCELLED]: {},
};

export const PROJECT_STATUSES: readonly ProjectStatus[] = Object.values(ProjectStatus);
export const PROJECT_EVENTS: readonly ProjectEvent[] = Object.values(ProjectEvent);

/**
 * The status after an event, or the problem { path: 'status', reason: 'transitionNotAllowed',
 * params: { from, event } } when the table does not allow it.
 */
export function transition(status: ProjectStatus, event: ProjectEvent): ProjectResult<ProjectStatus> {
  const next = PROJECT_TRANSITIONS[status]?.[event];
  return next
    ? ok(next)
    : refused([{ path: 'status', reason: 'transitionNotAllowed', params: { from: status, event } }]);
}

/** The events a project in this status accepts (for the UI's buttons). */
export function allowedEvents(status: ProjectStatus): ProjectEvent[] {
  return PROJECT_EVENTS.filter((event) => PROJECT_TRANSITIONS[status]?.[event] !== undefined);
}

/** REJECTED, CLOSED and CANCELLED: nothing happens any more. */
export function isFinal(status: ProjectStatus): boolean {
  return allowedEvents(status).length === 0;
}

/** Votes are taken only while PROPOSED. */
export function acceptsVotes(status: ProjectStatus): boolean {
  return status === ProjectStatus.PROPOSED;
}

/** Members opt in or out only while APPROVED_OPEN (not after funding). */
export function acceptsOptIn(status: ProjectStatus): boolean {
  return status === ProjectStatus.APPROVED_OPEN;
}

/** Contributions, expenses, refunds and corrections are recorded only when FUNDED or ACTIVE. */
export function acceptsLedgerEntries(status: ProjectStatus): boolean {
  return status === ProjectStatus.FUNDED || status === ProjectStatus.ACTIVE;
}

/** The author or president may edit the project's description, budget and rule only as a DRAFT. */
export function isEditable(status: ProjectStatus): boolean {
  return status === ProjectStatus.DRAFT;
}

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, { fr: string; en: string }>> = {
  [ProjectStatus.DRAFT]: { fr: 'Brouillon', en: 'Draft' },
  [ProjectStatus.PROPOSED]: { fr: 'Soumis au vote', en: 'Proposed' },
  [ProjectStatus.APPROVED_OPEN]: { fr: 'Ouvert aux participations', en: 'Open for joining' },
  [ProjectStatus.REJECTED]: { fr: 'Refusé', en: 'Rejected' },
  [ProjectStatus.FUNDED]: { fr: 'Financé', en: 'Funded' },
  [ProjectStatus.ACTIVE]: { fr: 'En cours', en: 'Active' },
  [ProjectStatus.CLOSED]: { fr: 'Clôturé', en: 'Closed' },
  [ProjectStatus.CANCELLED]: { fr: 'Annulé', en: 'Cancelled' },
};
