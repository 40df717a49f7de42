/** Where a campaign (temps fort) stands. Only DRAFT and CANCELLED are stored decisions; the rest follows the clock. */
export enum CampaignStatus {
  /** Being prepared by the president or board; nobody else sees it. */
  DRAFT = 'DRAFT',
  /** Published to the association's shops, which enrol with an offer until the enrolment deadline. */
  ENROLLING = 'ENROLLING',
  /** Enrolment closed; the public page is live before the start, vouchers can be claimed. */
  PUBLISHED = 'PUBLISHED',
  /** Between start and end: codes and vouchers are redeemed in the shops. */
  RUNNING = 'RUNNING',
  /** After the end (final). */
  FINISHED = 'FINISHED',
  /** Called off by the president or board before it finished (final). */
  CANCELLED = 'CANCELLED',
}

/** What the president or board decide; everything else happens by itself at the right time. */
export enum CampaignEvent {
  PUBLISH = 'PUBLISH',
  CANCEL = 'CANCEL',
}

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = Object.values(CampaignStatus);

/** The facts the status is computed from (times UTC). */
export interface CampaignClock {
  publishedAt: Date | null;
  cancelledAt: Date | null;
  enrolmentDeadline: Date;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The status at `now`: CANCELLED once cancelled, DRAFT until published, then by the clock
 * ENROLLING (before the enrolment deadline), PUBLISHED (before the start), RUNNING (before the end),
 * FINISHED. Each boundary instant belongs to the later status (at `startsAt` it is RUNNING).
 */
export function statusAt(campaign: CampaignClock, now: Date): CampaignStatus {
  if (campaign.cancelledAt) return CampaignStatus.CANCELLED;
  if (!campaign.publishedAt) return CampaignStatus.DRAFT;
  const t = now.getTime();
  if (t < campaign.enrolmentDeadline.getTime()) return CampaignStatus.ENROLLING;
  if (t < campaign.startsAt.getTime()) return CampaignStatus.PUBLISHED;
  if (t < campaign.endsAt.getTime()) return CampaignStatus.RUNNING;
  return CampaignStatus.FINISHED;
}

/** FINISHED and CANCELLED: nothing happens any more. */
export function isFinalStatus(status: CampaignStatus): boolean {
  return status === CampaignStatus.FINISHED || status === CampaignStatus.CANCELLED;
}

/**
 * Whether an explicit event is allowed in a status: PUBLISH only from DRAFT (and only while the
 * enrolment deadline is still ahead, checked with the campaign's rules); CANCEL from any non-final status.
 */
export function canApply(status: CampaignStatus, event: CampaignEvent): boolean {
  if (event === CampaignEvent.PUBLISH) return status === CampaignStatus.DRAFT;
  return !isFinalStatus(status);
}

/** The events a campaign in this status accepts (for the UI's buttons). */
export function allowedCampaignEvents(status: CampaignStatus): CampaignEvent[] {
  return Object.values(CampaignEvent).filter((event) => canApply(status, event));
}

/** The public page exists once enrolment closed (PUBLISHED, RUNNING, FINISHED). */
export function isPubliclyVisible(status: CampaignStatus): boolean {
  return status === CampaignStatus.PUBLISHED || status === CampaignStatus.RUNNING || status === CampaignStatus.FINISHED;
}

/** Customers claim vouchers from the public page until the end. */
export function acceptsVoucherClaims(status: CampaignStatus): boolean {
  return status === CampaignStatus.PUBLISHED || status === CampaignStatus.RUNNING;
}

/** Shops enrol and change their offer only while ENROLLING. */
export function acceptsEnrolment(status: CampaignStatus): boolean {
  return status === CampaignStatus.ENROLLING;
}

export const CAMPAIGN_STATUS_LABELS: Readonly<Record<CampaignStatus, { fr: string; en: string }>> = {
  [CampaignStatus.DRAFT]: { fr: 'Brouillon', en: 'Draft' },
  [CampaignStatus.ENROLLING]: { fr: 'Inscriptions ouvertes', en: 'Open for enrolment' },
  [CampaignStatus.PUBLISHED]: { fr: 'Publié', en: 'Published' },
  [CampaignStatus.RUNNING]: { fr: 'En cours', en: 'Running' },
  [CampaignStatus.FINISHED]: { fr: 'Terminé', en: 'Finished' },
  [CampaignStatus.CANCELLED]: { fr: 'Annulé', en: 'Cancelled' },
};
