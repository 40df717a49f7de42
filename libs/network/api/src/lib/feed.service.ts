import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { seesOnlyOpenTopics } from '@assoc/network-domain';
import { AppError, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { FeedArgs } from './feed.args';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

/** A cursor's timestamp, as PostgreSQL printed it. */
export function isTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/.test(value)
  );
}

export interface FeedPage {
  posts: PostEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The feed: pinned announcements first, then newest first; keyset-paginated on (pinned, createdAt,
 * id), which the partial index posts_feed (posts_topic_feed with a topic) serves. Hidden and deleted
 * posts are left out for everyone, their authors included (they are told by a MODERATION
 * notification and can still open the post by id); consultants get only topics open to them.
 */
@Injectable()
export class FeedService {
  constructor(@InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>) {}

  async page(member: CurrentMember, args: FeedArgs): Promise<FeedPage> {
    const query = this.posts
      .createQueryBuilder('p')
      // The cursor keeps PostgreSQL's microseconds, which a JavaScript date would round off.
      .addSelect(`p."createdAt"::text`, 'cursor_at')
      .where('p.associationId = :associationId', { associationId: member.associationId })
      .andWhere('p.deletedAt IS NULL AND p.hiddenAt IS NULL')
      .orderBy('p.pinned', 'DESC')
      .addOrderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(args.first + 1);
    if (args.topicId) query.andWhere('p.topicId = :topicId', { topicId: args.topicId });
    if (seesOnlyOpenTopics(member.role)) {
      query.innerJoin(
        TopicEntity,
        't',
        't.id = p.topicId AND t.associationId = p.associationId AND t.openToConsultants = true',
      );
    }
    if (args.after) {
      const cursor = decodeCursor(args.after, 3);
      if (!cursor || typeof cursor[0] !== 'number' || !isTimestamp(cursor[1]) || !isUUID(String(cursor[2])))
        throw AppError.field('after', 'invalid');
      query.andWhere(`(p.pinned, p.createdAt, p.id) < (:pinned, :at::timestamptz, :id::uuid)`, {
        pinned: cursor[0] === 1,
        at: cursor[1],
        id: cursor[2],
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ p_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((r) => [r.p_id, r.cursor_at]));
    const page = entities.slice(0, args.first);
    const last = page.at(-1);
    return {
      posts: page,
      hasNextPage: entities.length > args.first,
      endCursor: last
        ? encodeCursor([last.pinned ? 1 : 0, cursorAt.get(last.id) ?? last.createdAt.toISOString(), last.id])
        : null,
    };
  }
}
