import { NotificationEntity } from './notification.entity';
import { NotificationModel } from './notification.models';

export function toNotificationModel(n: NotificationEntity): NotificationModel {
  return {
    id: n.id,
    kind: n.kind,
    createdAt: n.createdAt,
    readAt: n.readAt,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    postId: n.data.postId ?? null,
    excerpt: n.data.excerpt ?? null,
    reason: n.data.reason ?? null,
    outcome: n.data.outcome ?? null,
    actorName: null,
    actorMembershipId: n.actorMembershipId,
  };
}
