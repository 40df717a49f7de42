import { CashmobResult, ok, refused } from './problems';

/** Where a cashmob stands in its life. */
export enum CashmobStatus {
  /** Proposed by a member or the board; awaiting the shop's answer. Not public. */
  PROPOSED = 'PROPOSED',
  /** The shop proposed another slot; awaiting the organiser. Not public. */
  COUNTER_PROPOSED = 'COUNTER_PROPOSED',
  /** Accepted by the shop: the public page is open for sign-ups. */
  PUBLISHED = 'PUBLISHED',
  /** The shop said no (final). */
  DECLINED = 'DECLINED',
  /** The shop recorded the result after the start (final). */
  COMPLETED = 'COMPLETED',
  /** Called off before the start by the organiser, the shop or the board (final). */
  CANCELLED = 'CANCELLED',
}

/** What makes a cashmob move. */
export enum CashmobEvent {
  /** The shop accepts the proposed slot. */
  ACCEPT = 'ACCEPT',
  /** The shop proposes another slot. */
  COUNTER_PROPOSE = 'COUNTER_PROPOSE',
  /** The organiser accepts the shop's slot. */
  ACCEPT_COUNTER = 'ACCEPT_COUNTER',
  /** The shop declines. */
  DECLINE = 'DECLINE',
  /** The shop records sales and revenue, after the start. */
  RECORD_RESULT = 'RECORD_RESULT',
  /** The organiser (withdrawing), the shop or the board calls it off, before the start. */
  CANCEL = 'CANCEL',
}

/**
 * The one table of allowed transitions: status → event → next status. Anything absent is refused.
 * PROPOSED → PUBLISHED | COUNTER_PROPOSED | DECLINED; COUNTER_PROPOSED → PUBLISHED;
 * PUBLISHED → COMPLETED; PROPOSED, COUNTER_PROPOSED and PUBLISHED → CANCELLED.
 * DECLINED, COMPLETED and CANCELLED are final. Time rules are in `transitionAt`; who may send which
 * event is the API's check.
 */
export const CASHMOB_TRANSITIONS: Readonly<
  Record<CashmobStatus, Readonly<Partial<Record<CashmobEvent, CashmobStatus>>>>
> = {
  [CashmobStatus.PROPOSED]: {
    [CashmobEvent.ACCEPT]: CashmobStatus.PUBLISHED,
    [CashmobEvent.COUNTER_PROPOSE]: CashmobStatus.COUNTER_PROPOSED,
    [CashmobEvent.DECLINE]: CashmobStatus.DECLINED,
    [CashmobEvent.CANCEL]: CashmobStatus.CANCELLED,
  },
  [CashmobStatus.COUNTER_PROPOSED]: {
    [CashmobEvent.ACCEPT_COUNTER]: CashmobStatus.PUBLISHED,
    [CashmobEvent.CANCEL]: CashmobStatus.CANCELLED,
  },
  [CashmobStatus.PUBLISHED]: {
    [CashmobEvent.RECORD_RESULT]: CashmobStatus.COMPLETED,
    [CashmobEvent.CANCEL]: CashmobStatus.CANCELLED,
  },
  [CashmobStatus.DECLINED]: {},
  [CashmobStatus.COMPLETED]: {},
  [CashmobStatus.CANCELLED]: {},
};

export const CASHMOB_STATUSES: readonly CashmobStatus[] = Object.values(CashmobStatus);
export const CASHMOB_EVENTS: readonly CashmobEvent[] = Object.values(CashmobEvent);

/**
 * The status after an event, or the problem { path: 'status', reason: 'cashmobTransitionNotAllowed',
 * params: { from, event } } when the table does not allow it.
 */
export function transition(status: CashmobStatus, event: CashmobEvent): CashmobResult<CashmobStatus> {
  const next = CASHMOB_TRANSITIONS[status]?.[event];
  return next
    ? ok(next)
    : refused([{ path: 'status', reason: 'cashmobTransitionNotAllowed', params: { from: status, event } }]);
}

/**
 * `transition` plus the clock: RECORD_RESULT only once the cashmob has started (cashmobNotStarted);
 * every other event only before it starts (cashmobStarted), since nothing can be accepted,
 * re-scheduled or cancelled once people are in the shop.
 */
export function transitionAt(
  cashmob: { status: CashmobStatus; startsAt: Date },
  event: CashmobEvent,
  now: Date,
): CashmobResult<CashmobStatus> {
  const next = transition(cashmob.status, event);
  if (!next.ok) return next;
  const started = now.getTime() >= cashmob.startsAt.getTime();
  if (event === CashmobEvent.RECORD_RESULT && !started)
    return refused([{ path: 'status', reason: 'cashmobNotStarted' }]);
  if (event !== CashmobEvent.RECORD_RESULT && started) return refused([{ path: 'status', reason: 'cashmobStarted' }]);
  return next;
}

/** The events a cashmob in this status accepts (for the UI's buttons). */
export function allowedEvents(status: CashmobStatus): CashmobEvent[] {
  return CASHMOB_EVENTS.filter((event) => CASHMOB_TRANSITIONS[status]?.[event] !== undefined);
}

/** DECLINED, COMPLETED and CANCELLED: nothing happens any more. */
export function isFinal(status: CashmobStatus): boolean {
  return allowedEvents(status).length === 0;
}

/** The public page exists from acceptance on (PUBLISHED, then COMPLETED or CANCELLED after publication). */
export function isPublic(status: CashmobStatus, publishedAt: Date | null): boolean {
  return (
    publishedAt !== null &&
    (status === CashmobStatus.PUBLISHED || status === CashmobStatus.COMPLETED || status === CashmobStatus.CANCELLED)
  );
}

/** People sign up, change or cancel only while PUBLISHED and before the end. */
export function acceptsSignUps(status: CashmobStatus, endsAt: Date, now: Date): boolean {
  return status === CashmobStatus.PUBLISHED && now.getTime() < endsAt.getTime();
}

export const CASHMOB_STATUS_LABELS: Readonly<Record<CashmobStatus, { fr: string; en: string }>> = {
  [CashmobStatus.PROPOSED]: { fr: 'En attente du commerçant', en: 'Awaiting the shop' },
  [CashmobStatus.COUNTER_PROPOSED]: { fr: 'Autre créneau proposé', en: 'Other slot proposed' },
  [CashmobStatus.PUBLISHED]: { fr: 'Publié', en: 'Published' },
  [CashmobStatus.DECLINED]: { fr: 'Refusé par le commerçant', en: 'Declined by the shop' },
  [CashmobStatus.COMPLETED]: { fr: 'Terminé', en: 'Completed' },
  [CashmobStatus.CANCELLED]: { fr: 'Annulé', en: 'Cancelled' },
};
