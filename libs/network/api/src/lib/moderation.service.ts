import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { excerpt } from '@assoc/network-domain';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource, IsNull } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { HideContentInput } from './hide-content.input';
import { PostAccess } from './post-access.service';
import { PostEntity } from './post.entity';

/**
 * The president and board hide posts and comments with a reason: the content stays in the database,
 * leaves the feed, the comments and the search, and its author is told why (MODERATION).
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async hidePost(member: CurrentMember, input: HideContentInput): Promise<PostEntity> {
    const reason = cleanReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const { post } = await this.access.visiblePost(member, input.id, 'moderator', manager, true);
      const hidden = {
        hiddenAt: post.hiddenAt ?? this.clock.now(),
        hiddenReason: reason,
        hiddenByMembershipId: member.membershipId,
      };
      await manager.update(PostEntity, { id: post.id }, hidden);
      await this.notifications.emit(manager, {
        associationId: member.associationId,
        kind: NotificationKind.MODERATION,
        recipientMembershipIds: [post.authorMembershipId],
        actorMembershipId: member.membershipId,
        subject: { type: 'POST', id: post.id },
        data: { postId: post.id, reason, excerpt: excerpt(post.text) },
      });
      return { ...post, ...hidden };
    });
  }

  async unhidePost(member: CurrentMember, id: string): Promise<PostEntity> {
    const { post } = await this.access.visiblePost(member, id, 'moderator');
    const shown = { hiddenAt: null, hiddenReason: null, hiddenByMembershipId: null };
    await this.dataSource.getRepository(PostEntity).update({ id: post.id }, shown);
    return { ...post, ...shown };
  }

  async hideComment(member: CurrentMember, input: HideContentInput): Promise<CommentEntity> {
    const reason = cleanReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOne(CommentEntity, {
        where: { id: input.id, associationId: member.associationId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!comment) throw AppError.notFound();
      await this.access.visiblePost(member, comment.postId, 'moderator', manager);
      const hidden = {
        hiddenAt: comment.hiddenAt ?? this.clock.now(),
        hiddenReason: reason,
        hiddenByMembershipId: member.membershipId,
      };
      await manager.update(CommentEntity, { id: comment.id }, hidden);
      await this.notifications.emit(manager, {
        associationId: member.associationId,
        kind: NotificationKind.MODERATION,
        recipientMembershipIds: [comment.authorMembershipId],
        actorMembershipId: member.membershipId,
        subject: { type: 'COMMENT', id: comment.id },
        data: { postId: comment.postId, reason, excerpt: excerpt(comment.text) },
      });
      return { ...comment, ...hidden };
    });
  }

  async unhideComment(member: CurrentMember, id: string): Promise<CommentEntity> {
    const repository = this.dataSource.getRepository(CommentEntity);
    const comment = await repository.findOne({
      where: { id, associationId: member.associationId, deletedAt: IsNull() },
    });
    if (!comment) throw AppError.notFound();
    await this.access.visiblePost(member, comment.postId, 'moderator');
    const shown = { hiddenAt: null, hiddenReason: null, hiddenByMembershipId: null };
    await repository.update({ id: comment.id }, shown);
    return { ...comment, ...shown };
  }
}

function cleanReason(reason: string): string {
  const clean = reason.trim();
  if (!clean) throw AppError.field('reason', 'isNotEmpty');
  return clean;
}
