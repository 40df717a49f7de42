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
};

/** The subject a notification points at, for the app to open it. */
export type NotificationSubjectType = 'POST' | 'COMMENT';

/** Every kind, in the order a preferences page lists them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** A member's frequency for every kind: what they chose, else the kind's default. */
export function frequenciesWithDefaults(chosen: Iterable<{ kind: NotificationKind; frequency: EmailFrequency }>): Record<NotificationKind, EmailFrequency> {
  const result = { ...DEFAULT_EMAIL_FREQUENCY };
  for (const { kind, frequency } of chosen) result[kind] = frequency;
  return result;
}
