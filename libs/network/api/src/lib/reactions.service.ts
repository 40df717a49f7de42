import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { REACTION_EMOJI, REACTION_ORDER, ReactionEmoji } from '@assoc/network-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { Repository } from 'typeorm';
import { PostAccess } from './post-access.service';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';
import { ReactionSummaryModel } from './reaction-summary.model';

/** Reactions to posts: one per member, post and emoji, toggled; counted per emoji. */
/** One post's used reactions in the fixed order, from its (emoji, count, mine) rows. */
export function reactionSummaries(
  rows: readonly { emoji: ReactionEmoji; count: number; mine: boolean }[],
): ReactionSummaryModel[] {
  return REACTION_ORDER.flatMap((emoji) => {
    const row = rows.find((r) => r.emoji === emoji);
    return row ? [{ emoji, symbol: REACTION_EMOJI[emoji], count: Number(row.count), reactedByMe: row.mine }] : [];
  });
}

@Injectable()
export class ReactionsService {
  constructor(
    @InjectRepository(PostReactionEntity) private readonly reactions: Repository<PostReactionEntity>,
    private readonly access: PostAccess,
    private readonly memberships: MembershipReads,
  ) {}

  /**
   * Adds the caller's reaction, or removes it when already there. The unique index decides under
   * concurrency (INSERT … ON CONFLICT DO NOTHING), never a read followed by a write.
   */
  async toggle(member: CurrentMember, postId: string, emoji: ReactionEmoji): Promise<PostEntity> {
    const { post } = await this.access.visiblePost(member, postId, 'never');
    await this.reactions.manager.transaction(async (manager) => {
      // Held until the reaction is written: an erasure of the account waits for it, or it waits and is refused (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PostReactionEntity)
        .values({ associationId: member.associationId, postId: post.id, membershipId: member.membershipId, emoji })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length)
        await manager.delete(PostReactionEntity, {
          associationId: member.associationId,
          postId: post.id,
          membershipId: member.membershipId,
          emoji,
        });
    });
    return post;
  }

  /** Members who reacted to a visible post with this emoji, first reactions first. */
  async reactors(member: CurrentMember, postId: string, emoji: ReactionEmoji): Promise<MembershipModel[]> {
    await this.access.visiblePost(member, postId, 'authorOrModerator');
    const rows = await this.reactions.find({
      where: { associationId: member.associationId, postId, emoji },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const models = await this.memberships.models(
      member,
      rows.map((r) => r.membershipId),
    );
    const byId = new Map(models.map((m) => [m.id, m]));
    return rows.map((r) => byId.get(r.membershipId)).filter((m): m is MembershipModel => !!m);
  }

  /** Counts per emoji (in the fixed order, only those used) and whether the caller reacted, for each post. */
  async summaries(member: CurrentMember, postIds: readonly string[]): Promise<ReactionSummaryModel[][]> {
    const rows: { postId: string; emoji: ReactionEmoji; count: number; mine: boolean }[] = await this.reactions
      .createQueryBuilder('r')
      .select('r.postId', 'postId')
      .addSelect('r.emoji', 'emoji')
      .addSelect('count(*)::int', 'count')
      .addSelect('bool_or(r.membershipId = :me)', 'mine')
      .where('r.associationId = :associationId AND r.postId IN (:...postIds)', {
        associationId: member.associationId,
        postIds: [...postIds],
        me: member.membershipId,
      })
      .groupBy('r.postId')
      .addGroupBy('r.emoji')
      .getRawMany();
    return postIds.map((postId) => reactionSummaries(rows.filter((r) => r.postId === postId)));
  }
}
