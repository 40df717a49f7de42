import { ReactionEmoji } from '@assoc/network-domain';
import { EntityManager } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

const HOUR_MS = 3600 * 1000;

/** A demo post, by its author's key in `members` (the demo uses e-mails). */
export interface DemoFeedPost {
  author: string;
  topic?: string;
  /** `@{key}` becomes a mention of that member. */
  text: string;
  daysAgo: number;
  pinned?: boolean;
  /** Each an hour after the one before; `replyTo` is the 1-based position of the comment it answers. */
  comments?: { author: string; text: string; replyTo?: number }[];
  reactions?: { by: string; emoji: `${ReactionEmoji}` }[];
}

/** How the demo association's feed is written (the API's demo seeder orchestrates, inside its transaction). */
export const NetworkDemo = {
  /** Topics (in order: `[name, openToConsultants]`), posts, comments and reactions, dated back from `now`. */
  async seed(
    manager: EntityManager,
    input: {
      associationId: string;
      members: ReadonlyMap<string, { id: string; name: string }>;
      topics: readonly (readonly [string, boolean])[];
      posts: readonly DemoFeedPost[];
      now: Date;
    },
  ): Promise<void> {
    const { associationId, members, now } = input;
    const member = (key: string) => {
      const found = members.get(key);
      if (!found) throw new Error(`demo data names an unknown member: ${key}`);
      return found;
    };
    const topics = new Map<string, string>();
    for (const [position, [name, openToConsultants]] of input.topics.entries()) {
      const topic = await manager.save(
        manager.create(TopicEntity, { associationId, name, openToConsultants, position, archivedAt: null }),
      );
      topics.set(name, topic.id);
    }
    const mentions = (text: string) =>
      text.replace(/@\{([^}]+)\}/g, (_, key: string) => {
        const m = members.get(key);
        return m ? `@[${m.name}](${m.id})` : key;
      });
    for (const demo of input.posts) {
      const at = new Date(now.getTime() - demo.daysAgo * 24 * HOUR_MS);
      const post = await manager.save(
        manager.create(PostEntity, {
          associationId,
          authorMembershipId: member(demo.author).id,
          topicId: demo.topic ? (topics.get(demo.topic) ?? null) : null,
          text: mentions(demo.text),
          pinned: !!demo.pinned,
          pinnedAt: demo.pinned ? at : null,
          createdAt: at,
        }),
      );
      const comments: string[] = [];
      for (const [index, comment] of (demo.comments ?? []).entries()) {
        const saved = await manager.save(
          manager.create(CommentEntity, {
            associationId,
            postId: post.id,
            parentId: comment.replyTo === undefined ? null : comments[comment.replyTo - 1],
            authorMembershipId: member(comment.author).id,
            text: mentions(comment.text),
            createdAt: new Date(at.getTime() + (index + 1) * HOUR_MS),
          }),
        );
        comments.push(saved.id);
      }
      for (const reaction of demo.reactions ?? []) {
        await manager.insert(PostReactionEntity, {
          associationId,
          postId: post.id,
          membershipId: member(reaction.by).id,
          emoji: reaction.emoji as ReactionEmoji,
        });
      }
    }
  },
};
