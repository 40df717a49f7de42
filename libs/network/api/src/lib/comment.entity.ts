import { MembershipEntity } from '@assoc/associations-api';
import { PostEntity } from './post.entity';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A comment on a post, or a reply to a top-level comment (one level: `parentId` always points at a
 * top-level comment). Soft-deleted and moderated like posts; searched through the hand-written
 * expression index `comments_search`.
 */
@Entity('comments')
@Index('comments_by_time', ['associationId', 'createdAt'])
@Index('comments_of_post', ['postId', 'createdAt', 'id'], {
  where: '"parentId" IS NULL AND "deletedAt" IS NULL AND "hiddenAt" IS NULL',
})
@Index('comments_replies', ['parentId', 'createdAt', 'id'], {
  where: '"parentId" IS NOT NULL AND "deletedAt" IS NULL AND "hiddenAt" IS NULL',
})
@Index('comments_count', ['postId'], { where: '"deletedAt" IS NULL AND "hiddenAt" IS NULL' })
@Index('comments_search', { synchronize: false })
export class CommentEntity extends AssociationScopedEntity {
  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  post?: PostEntity;

  @Column('uuid')
  postId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  parent?: CommentEntity;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  authorMembership?: MembershipEntity;

  @Index()
  @Column('uuid')
  authorMembershipId!: string;

  @Column('text')
  text!: string;

  /** network_search_vector(text), set by a trigger (migration SearchVectors); never read or written by the API. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  @Column('text', { nullable: true })
  hiddenReason!: string | null;

  @Column('uuid', { nullable: true })
  hiddenByMembershipId!: string | null;
}
