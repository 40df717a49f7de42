import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipJson, MembershipModel, MembershipReads } from '@assoc/associations-api';
import { MemberShopJson, ShopReads } from '@assoc/directory-api';
import { ReactionEmoji, seesOnlyOpenTopics } from '@assoc/network-domain';
import { AppError, CurrentMember, decodeCursor, encodeCursor, queryPrepared } from '@assoc/platform-api';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { FeedArgs } from './feed.args';
import { postImageUrl } from './post-image-storage';
import { PostImageModel } from './post-image.model';
import { PostEntity } from './post.entity';
import { ReactionSummaryModel } from './reaction-summary.model';
import { reactionSummaries } from './reactions.service';
import { TopicModel } from './topic.model';

/** A cursor's timestamp, as PostgreSQL printed it. */
export function isTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/.test(value)
  );
}

/** What the feed reads with each post, in the same statement (the post's field resolvers answer from it). */
export interface FeedPostExtras {
  /** The author's membership as the `author` field answers it (null: not a membership of this association). */
  author: MembershipModel | null;
  /** The topic, images and reactions: undefined when the page was read without them (`details`). */
  topic?: TopicModel | null;
  images?: PostImageModel[];
  commentCount: number;
  reactions?: ReactionSummaryModel[];
}

export interface FeedPage {
  posts: PostEntity[];
  extras: Map<string, FeedPostExtras>;
  /** With `authorShops`: each author's shop by membership id (null: none), for the directory's `shop` field. */
  authorShops?: Map<string, MemberShopJson | null>;
  endCursor: string | null;
  hasNextPage: boolean;
}

interface FeedRow {
  id: string;
  associationId: string;
  authorMembershipId: string;
  author: MembershipJson | null;
  authorShop?: MemberShopJson | null;
  topicId: string | null;
  text: string;
  pinned: boolean;
  createdAt: Date;
  cursorAt: string;
  editedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** The topic's columns, the image ids and the reactions: read with `details` only. */
  topicName?: string | null;
  topicOpenToConsultants?: boolean | null;
  topicPosition?: number | null;
  topicArchivedAt?: Date | null;
  imageIds?: string[];
  commentCount: number;
  reactions?: { emoji: ReactionEmoji; count: number; mine: boolean }[];
}

/**
 * The feed: pinned announcements first, then newest first; keyset-paginated on (pinned, createdAt,
 * id), which the partial index posts_feed (posts_topic_feed with a topic) serves. Hidden and deleted
 * posts are left out for everyone, their authors included (they are told by a MODERATION
 * notification and can still open the post by id); consultants get only topics open to them.
 *
 * One statement per page, whatever its size: the posts with their author's membership (the
 * associations domain's `modelJson`: membership, person and association) and, when the document asks,
 * the author's shop (the directory's `memberShopJson`), topic, image ids, visible
 * comment count and reaction counts (correlated subqueries on the indexes post_images_of_post,
 * comments_count and post_reactions_by_emoji), read raw (no entity hydration), limit + 1 for
 * `hasNextPage` (no count).
 */
@Injectable()
export class FeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipReads,
    private readonly shops: ShopReads,
  ) {}

  /** The page's SQL by its shape (which filters, whether with the shops): built once, the values being parameters. */
  private readonly sql = new Map<string, string>();

  /**
   * With `authorShops` (the document asks for them), the page reads its authors' shops too; without
   * `details` (the document asks for no post's topic, images or reactions), it reads none of them.
   */
  async page(member: CurrentMember, args: FeedArgs, { authorShops = false, details = true } = {}): Promise<FeedPage> {
    // The caller's membership ($2) serves only the details' reactions: a parameter no clause reads has no type.
    const params: unknown[] = details ? [member.associationId, member.membershipId] : [member.associationId];
    const openOnly = seesOnlyOpenTopics(member.role);
    if (args.topicId) params.push(args.topicId);
    if (args.after) {
      const cursor = decodeCursor(args.after, 3);
      if (!cursor || typeof cursor[0] !== 'number' || !isTimestamp(cursor[1]) || !isUUID(String(cursor[2])))
        throw AppError.field('after', 'invalid');
      params.push(cursor[0] === 1, cursor[1], cursor[2]);
    }
    params.push(args.first + 1);
    const key = `${!!args.topicId},${openOnly},${!!args.after},${authorShops},${details}`;
    let sql = this.sql.get(key);
    if (sql === undefined) {
      sql = this.pageSql(!!args.topicId, openOnly, !!args.after, authorShops, details);
      this.sql.set(key, sql);
    }
    const rows = await queryPrepared<FeedRow>(this.dataSource, sql, params);
    const page = rows.slice(0, args.first);
    const authors = this.memberships.modelsOfJson(
      page.map((r) => r.author),
      member,
    );
    const extras = new Map<string, FeedPostExtras>(
      page.map((r, i) => [
        r.id,
        {
          author: authors[i],
          topic: !details
            ? undefined
            : r.topicId && typeof r.topicName === 'string'
              ? {
                  id: r.topicId,
                  name: r.topicName,
                  openToConsultants: !!r.topicOpenToConsultants,
                  position: r.topicPosition ?? 0,
                  archivedAt: r.topicArchivedAt ?? null,
                }
              : null,
          images: r.imageIds?.map((id) => ({ id, url: postImageUrl(id) })),
          commentCount: Number(r.commentCount),
          reactions: r.reactions && reactionSummaries(r.reactions),
        },
      ]),
    );
    const last = page.at(-1);
    return {
      posts: page.map(toPostEntity),
      extras,
      ...(authorShops && { authorShops: new Map(page.map((r) => [r.authorMembershipId, r.authorShop ?? null])) }),
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor([last.pinned ? 1 : 0, last.cursorAt, last.id]) : null,
    };
  }

  /** The page's statement; its parameters in the order `page` pushes them. */
  private pageSql(byTopic: boolean, openOnly: boolean, after: boolean, authorShops: boolean, details: boolean): string {
    let n = details ? 2 : 1;
    const where = [`p."associationId" = $1`, `p."deletedAt" IS NULL`, `p."hiddenAt" IS NULL`];
    if (byTopic) where.push(`p."topicId" = $${++n}`);
    if (openOnly) where.push(`t."openToConsultants" = true`);
    if (after) {
      where.push(`(p."pinned", p."createdAt", p."id") < ($${n + 1}, $${n + 2}::timestamptz, $${n + 3}::uuid)`);
      n += 3;
    }
    return `SELECT p."id", p."associationId", p."authorMembershipId",
         ${this.memberships.modelJson('p."authorMembershipId"', '$1')} AS "author",${
           authorShops ? ` ${this.shops.memberShopJson('p."authorMembershipId"', '$1')} AS "authorShop",` : ''
         } p."topicId", p."text", p."pinned",
         p."createdAt", p."createdAt"::text AS "cursorAt", p."editedAt", p."hiddenAt", p."hiddenReason",${
           details ? `\n${DETAILS_SQL},` : ''
         }
         ${VISIBLE_COMMENT_COUNT_SQL} AS "commentCount"
       FROM posts p
       LEFT JOIN topics t ON t."id" = p."topicId" AND t."associationId" = p."associationId"
       WHERE ${where.join(' AND ')}
       ORDER BY p."pinned" DESC, p."createdAt" DESC, p."id" DESC
       LIMIT $${n + 1}`;
  }
}

/** A post's topic, image ids and reaction counts (with the caller's, `$2`), when the document asks for them. */
const DETAILS_SQL = `         t."name" AS "topicName", t."openToConsultants" AS "topicOpenToConsultants",
         t."position" AS "topicPosition", t."archivedAt" AS "topicArchivedAt",
         ARRAY(SELECT i."id" FROM post_images i WHERE i."postId" = p."id" AND i."associationId" = p."associationId"
               ORDER BY i."position") AS "imageIds",
         (SELECT coalesce(json_agg(json_build_object('emoji', r."emoji", 'count', r."count", 'mine', r."mine")), '[]')
            FROM (SELECT pr."emoji", count(*)::int AS "count", bool_or(pr."membershipId" = $2) AS "mine"
                    FROM post_reactions pr
                   WHERE pr."postId" = p."id" AND pr."associationId" = p."associationId"
                   GROUP BY pr."emoji") r) AS "reactions"`;

/** The visible comments and replies of post `p` (a reply counts while its parent is visible too): the rule of CommentsService.countsOf. */
const VISIBLE_COMMENT_COUNT_SQL = `(SELECT count(*)::int FROM comments c
   LEFT JOIN comments parent ON parent."id" = c."parentId"
   WHERE c."postId" = p."id" AND c."associationId" = p."associationId"
     AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
     AND (c."parentId" IS NULL OR (parent."deletedAt" IS NULL AND parent."hiddenAt" IS NULL)))`;

function toPostEntity(r: FeedRow): PostEntity {
  return Object.assign(new PostEntity(), {
    id: r.id,
    associationId: r.associationId,
    authorMembershipId: r.authorMembershipId,
    topicId: r.topicId,
    text: r.text,
    pinned: r.pinned,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    hiddenAt: r.hiddenAt,
    hiddenReason: r.hiddenReason,
    deletedAt: null,
  });
}
