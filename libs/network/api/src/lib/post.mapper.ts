import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { PostEntity } from './post.entity';
import { PostModel } from './post.model';

/** Moderation details are shown to the author and to moderators only. */
export function toPostModel(p: PostEntity, viewer: CurrentMember): PostModel {
  const mine = p.authorMembershipId === viewer.membershipId;
  const mayKnowWhy = mine || roleHasPermission(viewer.role, Permission.Moderate);
  return {
    id: p.id,
    text: p.text,
    createdAt: p.createdAt,
    editedAt: p.editedAt,
    pinned: p.pinned,
    hidden: !!p.hiddenAt,
    hiddenReason: mayKnowWhy ? p.hiddenReason : null,
    mine,
    associationId: p.associationId,
    authorMembershipId: p.authorMembershipId,
    topicId: p.topicId,
  };
}
