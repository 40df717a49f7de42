import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { maySeeTopic } from '@assoc/network-domain';
import { AppError, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

/** Which hidden posts a lookup may return. */
export type HiddenPolicy = 'never' | 'authorOrModerator' | 'moderator';

export interface VisiblePost {
  post: PostEntity;
  topic: TopicEntity | null;
}

/**
 * The one place that decides whether the caller may see a post: it belongs to the caller's
 * association, is not deleted, is in a topic the caller's role may read (consultants: topics open to
 * consultants), and is not hidden unless the policy allows. Anything else is NOT_FOUND, the same as a
 * post that does not exist.
 */
@Injectable()
export class PostAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async visiblePost(
    member: CurrentMember,
    postId: string,
    hidden: HiddenPolicy = 'never',
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<VisiblePost> {
    const post = await manager.findOne(PostEntity, {
      where: { id: postId, associationId: member.associationId, deletedAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!post) throw AppError.notFound();
    const topic = post.topicId
      ? await manager.findOne(TopicEntity, { where: { id: post.topicId, associationId: member.associationId } })
      : null;
    if (!maySeeTopic(member.role, topic)) throw AppError.notFound();
    if (post.hiddenAt && !mayOpenHidden(member, post.authorMembershipId, hidden)) throw AppError.notFound();
    return { post, topic };
  }
}

export function mayOpenHidden(member: CurrentMember, authorMembershipId: string, hidden: HiddenPolicy): boolean {
  const moderator = roleHasPermission(member.role, Permission.Moderate);
  if (hidden === 'moderator') return moderator;
  if (hidden === 'authorOrModerator') return moderator || authorMembershipId === member.membershipId;
  return false;
}
