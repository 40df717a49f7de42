import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { excerpt, newlyMentioned, normalizeText, POST_TEXT_MAX, textProblem } from '@assoc/network-domain';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { AnnouncementsService } from './announcements.service';
import { CreatePostInput } from './create-post.input';
import { MentionsService } from './mentions.service';
import { NetworkAudience } from './network-audience.service';
import { PostAccess } from './post-access.service';
import { PostImagesService } from './post-images.service';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';
import { TopicsService } from './topics.service';
import { UpdatePostInput } from './update-post.input';

/** Checks and cleans a post or comment text: BAD_USER_INPUT on `text` when empty or too long. */
export function cleanText(text: string, max = POST_TEXT_MAX): string {
  const clean = normalizeText(text);
  const problem = textProblem(clean, max);
  if (problem) throw AppError.field('text', problem.reason, problem.params);
  return clean;
}

/** Writing, editing and deleting one's own posts. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly topics: TopicsService,
    private readonly images: PostImagesService,
    private readonly mentions: MentionsService,
    private readonly audience: NetworkAudience,
    private readonly announcements: AnnouncementsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  /** A post the caller may open (hidden ones only for their author and moderators). */
  async get(member: CurrentMember, id: string): Promise<PostEntity> {
    return (await this.access.visiblePost(member, id, 'authorOrModerator')).post;
  }

  async create(member: CurrentMember, input: CreatePostInput): Promise<PostEntity> {
    const text = cleanText(input.text);
    if (input.announcement && !roleHasPermission(member.role, Permission.Moderate)) throw AppError.forbidden();
    return this.dataSource.transaction(async (manager) => {
      // Held until the post is written: an erasure of the account waits for it, or it waits and is refused (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const topic = await this.topics.forNewPost(manager, member, input.topicId);
      const mentioned = await this.mentions.check(manager, member, text);
      const now = this.clock.now();
      const post = await manager.save(
        manager.create(PostEntity, {
          associationId: member.associationId,
          authorMembershipId: member.membershipId,
          topicId: topic?.id ?? null,
          text,
          pinned: input.announcement,
          pinnedAt: input.announcement ? now : null,
          editedAt: null,
          deletedAt: null,
          hiddenAt: null,
          hiddenReason: null,
          hiddenByMembershipId: null,
        }),
      );
      await this.images.attach(manager, member, post.id, input.imageIds);
      if (input.announcement) await this.announcements.announce(manager, member, post, topic);
      await this.notifyMentions(manager, member, post, topic, mentioned);
      return post;
    });
  }

  /** Edits the caller's own post (sets editedAt); newly mentioned members are notified. */
  async update(member: CurrentMember, input: UpdatePostInput): Promise<PostEntity> {
    const text = cleanText(input.text);
    return this.dataSource.transaction(async (manager) => {
      const { post, topic } = await this.access.visiblePost(member, input.id, 'authorOrModerator', manager, true);
      if (post.authorMembershipId !== member.membershipId) throw AppError.forbidden('notYourContent');
      await this.mentions.check(manager, member, text);
      const editedAt = this.clock.now();
      await manager.update(PostEntity, { id: post.id }, { text, editedAt });
      const updated = { ...post, text, editedAt };
      await this.notifyMentions(manager, member, updated, topic, newlyMentioned(post.text, text));
      return updated;
    });
  }

  /** Deletes the caller's own post: it leaves every list; the row stays (deletedAt), its images' files go. */
  async delete(member: CurrentMember, id: string): Promise<void> {
    const { post } = await this.access.visiblePost(member, id, 'authorOrModerator');
    if (post.authorMembershipId !== member.membershipId) throw AppError.forbidden('notYourContent');
    await this.dataSource
      .getRepository(PostEntity)
      .update({ id: post.id, associationId: member.associationId }, { deletedAt: this.clock.now() });
    await this.images.discardFiles(member.associationId, post.id);
  }

  private async notifyMentions(
    manager: EntityManager,
    member: CurrentMember,
    post: PostEntity,
    topic: TopicEntity | null,
    mentioned: readonly string[],
  ): Promise<void> {
    await this.notifications.emit(manager, {
      associationId: member.associationId,
      kind: NotificationKind.MENTION,
      recipientMembershipIds: await this.audience.whoSee(manager, member.associationId, mentioned, topic),
      actorMembershipId: member.membershipId,
      subject: { type: 'POST', id: post.id },
      data: { postId: post.id, excerpt: excerpt(post.text) },
    });
  }
}
