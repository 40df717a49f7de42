import { notificationPath } from '@assoc/notifications-domain';
import type { NotificationFieldsFragment } from '../graphql/notifications.generated';

const MENTION_TOKEN = /@\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A post's text as plain words: mention tokens `@[Name](id)` become `@Name`. */
export function plainExcerpt(text: string | null | undefined): string {
  return (text ?? '').replace(MENTION_TOKEN, '@$1');
}

/** The translation key of a notification's sentence. */
export function sentenceKey(
  notification: Pick<NotificationFieldsFragment, 'kind' | 'subjectType' | 'outcome'>,
): string {
  if (notification.kind === 'MODERATION') {
    return notification.subjectType === 'COMMENT'
      ? 'notifications.kind.MODERATION_COMMENT'
      : 'notifications.kind.MODERATION_POST';
  }
  if (notification.kind === 'PROJECT_DECIDED') return `notifications.kind.PROJECT_DECIDED_${notification.outcome}`;
  return `notifications.kind.${notification.kind}`;
}

/** Where a notification leads: the post (scrolled to the comment when it is about one), or the project. */
export function notificationLink(
  notification: Pick<NotificationFieldsFragment, 'postId' | 'subjectType' | 'subjectId'>,
): { path: string[]; fragment?: string } | null {
  return notificationPath(notification);
}
