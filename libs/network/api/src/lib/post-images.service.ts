import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppError,
  CurrentMember,
  ImageStorage,
  MembershipLookup,
  Permission,
  roleHasPermission,
} from '@assoc/platform-api';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { PostAccess } from './post-access.service';
import { POST_IMAGE } from './post-image-storage';
import { PostImageEntity } from './post-image.entity';

/** Images of posts: recorded at upload, attached to one post by createPost, read by those who may read the post. */
@Injectable()
export class PostImagesService {
  private readonly logger = new Logger('PostImages');

  constructor(
    @InjectRepository(PostImageEntity) private readonly images: Repository<PostImageEntity>,
    private readonly memberships: MembershipLookup,
    private readonly access: PostAccess,
    private readonly storage: ImageStorage,
    private readonly membershipReads: MembershipReads,
  ) {}

  /**
   * The image if this person may see it, else null (the caller answers 404 alike for an unknown image,
   * another association's, a post deleted, hidden from them or in a topic their role may not read):
   * before it is attached, only its uploader; then whoever may open the post (PostAccess).
   */
  async readable(userId: string, imageId: string): Promise<PostImageEntity | null> {
    const image = await this.images.findOne({ where: { id: imageId } });
    if (!image) return null;
    const member = await this.memberships.activeMembership(userId, image.associationId);
    if (!member || !roleHasPermission(member.role, Permission.ViewFeed)) return null;
    if (!image.postId) return image.uploaderMembershipId === member.membershipId ? image : null;
    try {
      await this.access.visiblePost(member, image.postId, 'authorOrModerator');
      return image;
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }

  /** Removes the files of a deleted post's images (the rows stay with the post); a failure is logged, not thrown. */
  async discardFiles(associationId: string, postId: string): Promise<void> {
    for (const image of await this.images.find({ where: { associationId, postId } })) {
      await this.storage.remove(POST_IMAGE, image.fileName).catch((error: unknown) => {
        this.logger.warn(`Could not remove ${image.fileName}: ${error instanceof Error ? error.message : error}`);
      });
    }
  }

  /**
   * Records an upload for its uploader. The membership is locked while the row is written, so an upload racing
   * the closing of the account either lands before its erasure or is refused, its file removed (issue 25).
   */
  async record(member: CurrentMember, fileName: string): Promise<PostImageEntity> {
    const image = await this.images.manager.transaction(async (manager) =>
      (await this.membershipReads.lockActiveMember(manager, member))
        ? manager.save(
            manager.create(PostImageEntity, {
              associationId: member.associationId,
              uploaderMembershipId: member.membershipId,
              postId: null,
              fileName,
              position: 0,
            }),
          )
        : null,
    );
    if (image) return image;
    await this.storage.remove(POST_IMAGE, fileName).catch((error: unknown) => {
      this.logger.warn(`Could not remove ${fileName}: ${error instanceof Error ? error.message : error}`);
    });
    throw AppError.forbidden();
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
