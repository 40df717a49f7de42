import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { COMMENT_TEXT_MAX, excerpt, newlyMentioned } from '@assoc/network-domain';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { CommentsArgs } from './comments.args';
import { CreateCommentInput } from './create-comment.input';
import { isTimestamp } from './feed.service';
import { MentionsService } from './mentions.service';
import { NetworkAudience } from './network-audience.service';
import { PostAccess } from './post-access.service';
import { cleanText } from './posts.service';
import { TopicEntity } from './topic.entity';
import { UpdateCommentInput } from './update-comment.input';

export interface CommentPage {
  comments: CommentEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Comments and their replies (one level). Hidden and deleted comments leave the lists, and so do the
 * replies of a hidden or deleted comment. Comments are only reachable through a post the caller may see.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    private readonly access: PostAccess,
    private readonly mentions: MentionsService,
    private readonly audience: NetworkAudience,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  /** Top-level comments of a post, oldest first, keyset-paginated on (createdAt, id). */
  async page(member: CurrentMember, args: CommentsArgs): Promise<CommentPage> {
    await this.access.visiblePost(member, args.postId, 'authorOrModerator');
    const query = this.comments
      .createQueryBuilder('c')
      .addSelect(`c."createdAt"::text`, 'cursor_at')
      .where('c.postId = :postId AND c.associationId = :associationId', {
        postId: args.postId,
        associationId: member.associationId,
      })
      .andWhere('c.parentId IS NULL AND c.deletedAt IS NULL AND c.hiddenAt IS NULL')
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(args.first + 1);
    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor || !isTimestamp(cursor[0]) || !isUUID(String(cursor[1]))) throw AppError.field('after', 'invalid');
      query.andWhere(`(c.createdAt, c.id) > (:at::timestamptz, :id::uuid)`, { at: cursor[0], id: cursor[1] });
    }
    const { entities, raw } = await query.getRawAndEntities<{ c_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((r) => [r.c_id, r.cursor_at]));
    const page = entities.slice(0, args.first);
    const last = page.at(-1);
    return {
      comments: page,
      hasNextPage: entities.length > args.first,
      endCursor: last ? encodeCursor([cursorAt.get(last.id) ?? last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /** Visible replies of each top-level comment, oldest first (for the per-request loader). */
  async repliesOf(associationId: string, parentIds: readonly string[]): Promise<CommentEntity[][]> {
    const found = await this.comments.find({
      where: { associationId, parentId: In([...parentIds]), deletedAt: IsNull(), hiddenAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return parentIds.map((id) => found.filter((c) => c.parentId === id));
  }

  /** How many visible comments and replies each post has (for the per-request loader). */
  async countsOf(associationId: string, postIds: readonly string[]): Promise<number[]> {
    const rows: { postId: string; count: number }[] = await this.comments
      .createQueryBuilder('c')
      .select('c.postId', 'postId')
      .addSelect('count(*)::int', 'count')
      .leftJoin(CommentEntity, 'parent', 'parent.id = c.parentId')
      .where('c.associationId = :associationId AND c.postId IN (:...postIds)', { associationId, postIds: [...postIds] })
      .andWhere('c.deletedAt IS NULL AND c.hiddenAt IS NULL')
      .andWhere('(c.parentId IS NULL OR (parent.deletedAt IS NULL AND parent.hiddenAt IS NULL))')
      .groupBy('c.postId')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.postId, Number(r.count)]));
    return postIds.map((id) => counts.get(id) ?? 0);
  }

  async create(member: CurrentMember, input: CreateCommentInput): Promise<CommentEntity> {
    const text = cleanText(input.text, COMMENT_TEXT_MAX);
    return this.dataSource.transaction(async (manager) => {
      // Held until the comment is written: an erasure of the account waits for it, or it waits and is refused (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const { post, topic } = await this.access.visiblePost(member, input.postId, 'never', manager);
      let parent: CommentEntity | null = null;
      if (input.parentId) {
        parent = await this.visibleComment(manager, member, input.parentId);
        if (!parent || parent.postId !== post.id) throw AppError.field('parentId', 'invalid');
        // One level of replies: a reply to a reply joins the same top-level comment.
        if (parent.parentId) parent = await this.visibleComment(manager, member, parent.parentId);
        if (!parent) throw AppError.field('parentId', 'invalid');
      }
      const mentioned = await this.mentions.check(manager, member, text);
      const comment = await manager.save(
        manager.create(CommentEntity, {
          associationId: member.associationId,
          postId: post.id,
          parentId: parent?.id ?? null,
          authorMembershipId: member.membershipId,
          text,
          editedAt: null,
          deletedAt: null,
          hiddenAt: null,
          hiddenReason: null,
          hiddenByMembershipId: null,
        }),
      );
      const told = new Set<string>([member.membershipId]);
      if (parent) {
        const to = await this.audience.whoSee(manager, member.associationId, [parent.authorMembershipId], topic);
        await this.emit(manager, member, NotificationKind.REPLY_TO_MY_COMMENT, comment, to, told);
      }
      const toAuthor = await this.audience.whoSee(manager, member.associationId, [post.authorMembershipId], topic);
      await this.emit(manager, member, NotificationKind.COMMENT_ON_MY_POST, comment, toAuthor, told);
      await this.notifyMentions(manager, member, comment, topic, mentioned, told);
      return comment;
    });
  }

  async update(member: CurrentMember, input: UpdateCommentInput): Promise<CommentEntity> {
    const text = cleanText(input.text, COMMENT_TEXT_MAX);
    return this.dataSource.transaction(async (manager) => {
      const comment = await this.ownComment(manager, member, input.id);
      const { topic } = await this.access.visiblePost(member, comment.postId, 'authorOrModerator', manager);
      await this.mentions.check(manager, member, text);
      const editedAt = this.clock.now();
      await manager.update(CommentEntity, { id: comment.id }, { text, editedAt });
      const updated = { ...comment, text, editedAt };
      await this.notifyMentions(
        manager,
        member,
        updated,
        topic,
        newlyMentioned(comment.text, text),
        new Set([member.membershipId]),
      );
      return updated;
    });
  }

  async delete(member: CurrentMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const comment = await this.ownComment(manager, member, id);
      await manager.update(CommentEntity, { id: comment.id }, { deletedAt: this.clock.now() });
    });
  }

  /** A comment of the caller's association on a post the caller may see, not deleted; hidden only if the policy allows. */
  async visible(member: CurrentMember, id: string, moderator = false): Promise<CommentEntity> {
    const comment = await this.comments.findOne({
      where: { id, associationId: member.associationId, deletedAt: IsNull() },
    });
    if (!comment || (comment.hiddenAt && !moderator && comment.authorMembershipId !== member.membershipId))
      throw AppError.notFound();
    await this.access.visiblePost(member, comment.postId, moderator ? 'moderator' : 'authorOrModerator');
    return comment;
  }

  private async ownComment(manager: EntityManager, member: CurrentMember, id: string): Promise<CommentEntity> {
    const comment = await manager.findOne(CommentEntity, {
      where: { id, associationId: member.associationId, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!comment) throw AppError.notFound();
    await this.access.visiblePost(member, comment.postId, 'authorOrModerator', manager);
    if (comment.hiddenAt && comment.authorMembershipId !== member.membershipId) throw AppError.notFound();
    if (comment.authorMembershipId !== member.membershipId) throw AppError.forbidden('notYourContent');
    return comment;
  }

  private visibleComment(manager: EntityManager, member: CurrentMember, id: string): Promise<CommentEntity | null> {
    return manager.findOne(CommentEntity, {
      where: { id, associationId: member.associationId, deletedAt: IsNull(), hiddenAt: IsNull() },
    });
  }

  private async notifyMentions(
    manager: EntityManager,
    member: CurrentMember,
    comment: CommentEntity,
    topic: TopicEntity | null,
    mentioned: readonly string[],
    told: Set<string>,
  ): Promise<void> {
    const to = await this.audience.whoSee(manager, member.associationId, mentioned, topic);
    await this.emit(manager, member, NotificationKind.MENTION, comment, to, told);
  }

  /** One notification per person per comment: whoever was already told (reply, comment on post) is skipped. */
  private async emit(
    manager: EntityManager,
    member: CurrentMember,
    kind: NotificationKind,
    comment: CommentEntity,
    recipients: readonly string[],
    told: Set<string>,
  ): Promise<void> {
    const fresh = recipients.filter((id) => !told.has(id));
    fresh.forEach((id) => told.add(id));
    await this.notifications.emit(manager, {
      associationId: member.associationId,
      kind,
      recipientMembershipIds: fresh,
      actorMembershipId: member.membershipId,
      subject: { type: 'COMMENT', id: comment.id },
      data: { postId: comment.postId, excerpt: excerpt(comment.text) },
    });
  }
}
