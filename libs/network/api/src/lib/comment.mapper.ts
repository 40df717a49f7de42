import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CommentEntity } from './comment.entity';
import { CommentModel } from './comment.model';

export function toCommentModel(c: CommentEntity, viewer: CurrentMember): CommentModel {
  const mine = c.authorMembershipId === viewer.membershipId;
  return {
    id: c.id,
    postId: c.postId,
    parentId: c.parentId,
    text: c.text,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    hidden: !!c.hiddenAt,
    hiddenReason: mine || roleHasPermission(viewer.role, Permission.Moderate) ? c.hiddenReason : null,
    mine,
    associationId: c.associationId,
    authorMembershipId: c.authorMembershipId,
  };
}
