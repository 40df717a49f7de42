import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { excerpt } from '@assoc/network-domain';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { NetworkAudience } from './network-audience.service';
import { PostAccess } from './post-access.service';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

/** Announcements: posts pinned by the president or board, shown first; pinning one tells every member who can read it. */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly audience: NetworkAudience,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async pin(member: CurrentMember, postId: string): Promise<PostEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { post, topic } = await this.access.visiblePost(member, postId, 'never', manager, true);
      if (post.pinned) return post;
      const pinnedAt = this.clock.now();
      await manager.update(PostEntity, { id: post.id }, { pinned: true, pinnedAt });
      await this.announce(manager, member, post, topic);
      return { ...post, pinned: true, pinnedAt };
    });
  }

  async unpin(member: CurrentMember, postId: string): Promise<PostEntity> {
    const { post } = await this.access.visiblePost(member, postId, 'moderator');
    if (!post.pinned) return post;
    await this.dataSource.getRepository(PostEntity).update({ id: post.id }, { pinned: false, pinnedAt: null });
    return { ...post, pinned: false, pinnedAt: null };
  }

  /** Notifies (ANNOUNCEMENT) every active member who may read the post, inside the caller's transaction. */
  async announce(
    manager: EntityManager,
    member: CurrentMember,
    post: PostEntity,
    topic: TopicEntity | null,
  ): Promise<void> {
    await this.notifications.emit(manager, {
      associationId: member.associationId,
      kind: NotificationKind.ANNOUNCEMENT,
      recipientMembershipIds: await this.audience.everyone(manager, member.associationId, topic),
      actorMembershipId: member.membershipId,
      subject: { type: 'POST', id: post.id },
      data: { postId: post.id, excerpt: excerpt(post.text) },
    });
  }
}
