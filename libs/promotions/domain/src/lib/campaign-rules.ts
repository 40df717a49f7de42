import { PromotionProblem } from './problems';

/** Where offers apply. */
export enum CampaignChannel {
  IN_STORE = 'IN_STORE',
  ONLINE = 'ONLINE',
  BOTH = 'BOTH',
}

export const CAMPAIGN_TITLE_MAX = 120;
export const CAMPAIGN_THEME_MAX = 80;
export const CAMPAIGN_DESCRIPTION_MAX = 4000;
export const CANCEL_REASON_MAX = 500;
/** A campaign lasts at most this long (a shopping festival, not a season). */
export const MAX_CAMPAIGN_DAYS = 62;

const DAY_MS = 24 * 3600 * 1000;

export interface CampaignDraft {
  title: string;
  theme: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  enrolmentDeadline: Date;
  channels: CampaignChannel;
  /** Percentage offers must give at least this much (1–100), or null for no minimum. */
  minDiscountPercent: number | null;
}

function textProblems(path: string, value: string, max: number, required: boolean): PromotionProblem[] {
  const trimmed = value.trim();
  if (required && !trimmed) return [{ path, reason: 'isNotEmpty' }];
  if (trimmed.length > max) return [{ path, reason: 'maxLength', params: { max } }];
  return [];
}

/**
 * Every problem of a campaign, field by field: title (1..CAMPAIGN_TITLE_MAX), theme, description,
 * the end after the start (endBeforeStart on endsAt) and at most MAX_CAMPAIGN_DAYS later, the
 * enrolment deadline no later than the start (enrolmentAfterStart), a minimum discount of 1–100 %.
 */
export function campaignProblems(draft: CampaignDraft): PromotionProblem[] {
  const problems = [
    ...textProblems('title', draft.title, CAMPAIGN_TITLE_MAX, true),
    ...textProblems('theme', draft.theme, CAMPAIGN_THEME_MAX, false),
    ...textProblems('description', draft.description, CAMPAIGN_DESCRIPTION_MAX, false),
  ];
  const length = draft.endsAt.getTime() - draft.startsAt.getTime();
  if (!(length > 0)) problems.push({ path: 'endsAt', reason: 'endBeforeStart' });
  else if (length > MAX_CAMPAIGN_DAYS * DAY_MS)
    problems.push({ path: 'endsAt', reason: 'campaignTooLong', params: { days: MAX_CAMPAIGN_DAYS } });
  if (draft.enrolmentDeadline.getTime() > draft.startsAt.getTime())
    problems.push({ path: 'enrolmentDeadline', reason: 'enrolmentAfterStart' });
  if (!Object.values(CampaignChannel).includes(draft.channels)) problems.push({ path: 'channels', reason: 'isEnum' });
  problems.push(...percentProblems('minDiscountPercent', draft.minDiscountPercent));
  return problems;
}

/** The enrolment deadline must still be ahead (deadlineInPast): when a draft sets it, and when it is published. */
export function deadlineProblems(draft: Pick<CampaignDraft, 'enrolmentDeadline'>, now: Date): PromotionProblem[] {
  return draft.enrolmentDeadline.getTime() <= now.getTime()
    ? [{ path: 'enrolmentDeadline', reason: 'deadlineInPast' }]
    : [];
}

/** Publishing needs a valid campaign whose enrolment deadline is still ahead (deadlineInPast). */
export function publishProblems(draft: CampaignDraft, now: Date): PromotionProblem[] {
  return [...campaignProblems(draft), ...deadlineProblems(draft, now)];
}

/** A whole percentage from 1 to 100, or null. */
export function percentProblems(path: string, value: number | null): PromotionProblem[] {
  if (value === null) return [];
  if (!Number.isSafeInteger(value)) return [{ path, reason: 'isInt' }];
  if (value < 1) return [{ path, reason: 'min', params: { min: 1 } }];
  if (value > 100) return [{ path, reason: 'max', params: { max: 100 } }];
  return [];
}

/** Whether a campaign on these channels takes offers in store / online. */
export function channelAllows(channels: CampaignChannel, where: 'IN_STORE' | 'ONLINE'): boolean {
  return channels === CampaignChannel.BOTH || channels === where;
}

/** Vouchers' e-mail addresses are erased this many days after the campaign ends (or is cancelled). */
export const VOUCHER_EMAIL_RETENTION_DAYS = 30;
