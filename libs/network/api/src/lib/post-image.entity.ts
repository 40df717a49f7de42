import { MembershipEntity } from '@assoc/associations-api';
import { PostEntity } from './post.entity';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * An image uploaded for a post (REST upload first, then attached by createPost). Until attached it
 * belongs only to its uploader.
 */
@Entity('post_images')
@Index('post_images_of_post', ['postId', 'position'])
@Index('post_images_pending', ['uploaderMembershipId'], { where: '"postId" IS NULL' })
export class PostImageEntity extends AssociationScopedEntity {
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  uploaderMembership?: MembershipEntity;

  @Column('uuid')
  uploaderMembershipId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  post?: PostEntity;

  @Column('uuid', { nullable: true })
  postId!: string | null;

  /** File name in the file store under uploads/posts, served at /api/network/images/<id> to the post's readers. */
  @Column('text')
  fileName!: string;

  @Column('int', { default: 0 })
  position!: number;
}
