/**
 * What a notification is about. Every domain that notifies adds its kinds here, so a person can
 * choose per kind how they are told by e-mail.
 */
export enum NotificationKind {
  /** Someone commented on my post. */
  COMMENT_ON_MY_POST = 'COMMENT_ON_MY_POST',
  /** Someone replied to my comment. */
  REPLY_TO_MY_COMMENT = 'REPLY_TO_MY_COMMENT',
  /** Someone mentioned me with @. */
  MENTION = 'MENTION',
  /** The president or board published an announcement. */
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  /** A moderator hid my post or comment, with a reason. */
  MODERATION = 'MODERATION',
  /** A joint project was opened to the members' vote. */
  PROJECT_PROPOSED = 'PROJECT_PROPOSED',
  /** A joint project I can vote on, drafted or take part in was decided: approved, rejected, funded or cancelled. */
  PROJECT_DECIDED = 'PROJECT_DECIDED',
  /** A task of a joint project was assigned to me. */
  PROJECT_TASK_ASSIGNED = 'PROJECT_TASK_ASSIGNED',
  /** A joint project's expense above the association's threshold awaits my second signature (board). */
  PROJECT_EXPENSE_TO_SIGN = 'PROJECT_EXPENSE_TO_SIGN',
  /** A cashmob was proposed for my shop: I am asked to accept, propose another slot or decline. */
  CASHMOB_REQUEST = 'CASHMOB_REQUEST',
  /** The board approved or rejected (with a reason) my shop's offer in a campaign. */
  OFFER_REVIEWED = 'OFFER_REVIEWED',
  /** The president asked to close the association: it closes after the grace period unless the board cancels (board). */
  ASSOCIATION_CLOSING = 'ASSOCIATION_CLOSING',
  /** The closing of the association was cancelled (board). */
  ASSOCIATION_CLOSING_CANCELLED = 'ASSOCIATION_CLOSING_CANCELLED',
  /** The board answered my idea in the ideas box (accepted, under study or declined, with a reason). */
  IDEA_ANSWERED = 'IDEA_ANSWERED',
}

/** How a person wants to be told by e-mail about one kind of notification. */
export enum EmailFrequency {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

export const DEFAULT_EMAIL_FREQUENCY: Readonly<Record<NotificationKind, EmailFrequency>> = {
  [NotificationKind.COMMENT_ON_MY_POST]: EmailFrequency.DAILY_DIGEST,
  [NotificationKind.REPLY_TO_MY_COMMENT]: EmailFrequency.DAILY_DIGEST,
  [NotificationKind.MENTION]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.ANNOUNCEMENT]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.MODERATION]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.PROJECT_PROPOSED]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.PROJECT_DECIDED]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.PROJECT_TASK_ASSIGNED]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.PROJECT_EXPENSE_TO_SIGN]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.CASHMOB_REQUEST]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.OFFER_REVIEWED]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.ASSOCIATION_CLOSING]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.ASSOCIATION_CLOSING_CANCELLED]: EmailFrequency.IMMEDIATELY,
  [NotificationKind.IDEA_ANSWERED]: EmailFrequency.IMMEDIATELY,
};

/** The subject a notification points at, for the app to open it. */
export type NotificationSubjectType = 'POST' | 'COMMENT' | 'PROJECT' | 'CASHMOB' | 'CAMPAIGN' | 'ASSOCIATION' | 'IDEA';

/** How a project was decided (PROJECT_DECIDED's `outcome`). */
export type ProjectOutcome = 'APPROVED' | 'REJECTED' | 'FUNDED' | 'CANCELLED';

/** Where a notification opens in the app (a path under the app's root), or null for the notification list. */
export function notificationPath(n: {
  subjectType: string;
  subjectId: string | null;
  postId?: string | null;
}): { path: string[]; fragment?: string } | null {
  if (n.subjectType === 'PROJECT') return n.subjectId ? { path: ['/projects', n.subjectId] } : null;
  if (n.subjectType === 'CASHMOB') return n.subjectId ? { path: ['/cashmobs', n.subjectId] } : null;
  if (n.subjectType === 'CAMPAIGN') return n.subjectId ? { path: ['/campaigns', n.subjectId] } : null;
  if (n.subjectType === 'IDEA') return n.subjectId ? { path: ['/ideas', n.subjectId] } : null;
  // The members page: the president and the board both open it, and can cancel the closing there.
  if (n.subjectType === 'ASSOCIATION') return { path: ['/association/members'] };
  const postId = n.postId ?? (n.subjectType === 'POST' ? n.subjectId : null);
  if (!postId) return null;
  return n.subjectType === 'COMMENT' && n.subjectId
    ? { path: ['/feed/posts', postId], fragment: `comment-${n.subjectId}` }
    : { path: ['/feed/posts', postId] };
}

/** Every kind, in the order a preferences page lists them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** A member's frequency for every kind: what they chose, else the kind's default. */
export function frequenciesWithDefaults(
  chosen: Iterable<{ kind: NotificationKind; frequency: EmailFrequency }>,
): Record<NotificationKind, EmailFrequency> {
  const result = { ...DEFAULT_EMAIL_FREQUENCY };
  for (const { kind, frequency } of chosen) result[kind] = frequency;
  return result;
}
