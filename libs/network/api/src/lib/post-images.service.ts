import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { PostImageEntity } from './post-image.entity';

/** Images of posts: recorded at upload, attached to one post by createPost. */
@Injectable()
export class PostImagesService {
  constructor(@InjectRepository(PostImageEntity) private readonly images: Repository<PostImageEntity>) {}

  record(member: CurrentMember, fileName: string): Promise<PostImageEntity> {
    return this.images.save(
      this.images.create({
        associationId: member.associationId,
        uploaderMembershipId: member.membershipId,
        postId: null,
        fileName,
        position: 0,
      }),
    );
  }

  /**
   * Attaches the caller's own, not yet attached uploads to a post, in the order given. Any other id
   * (another member's, another association's, already used) refuses the whole post.
   */
  async attach(
    manager: EntityManager,
    member: CurrentMember,
    postId: string,
    imageIds: readonly string[],
  ): Promise<void> {
    const ids = [...new Set(imageIds)];
    if (!ids.length) return;
    if (ids.length !== imageIds.length) throw AppError.field('imageIds', 'imageUnavailable');
    const found = await manager.find(PostImageEntity, {
      where: {
        id: In(ids),
        associationId: member.associationId,
        uploaderMembershipId: member.membershipId,
        postId: IsNull(),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (found.length !== ids.length) throw AppError.field('imageIds', 'imageUnavailable');
    for (const [position, id] of ids.entries()) await manager.update(PostImageEntity, { id }, { postId, position });
  }

  /** The images of each post, in order (for the per-request loader). */
  async byPosts(associationId: string, postIds: readonly string[]): Promise<PostImageEntity[][]> {
    const found = await this.images.find({
      where: { associationId, postId: In([...postIds]) },
      order: { position: 'ASC' },
    });
    return postIds.map((id) => found.filter((i) => i.postId === id));
  }
}
