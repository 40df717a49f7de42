import { MembershipEntity } from '@assoc/associations-api';
import { TopicEntity } from './topic.entity';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A post of the association's feed. Deleting sets `deletedAt` (the row stays); moderators hide with a
 * reason (`hiddenAt`, `hiddenReason`): hidden and deleted posts leave the feed and the search.
 * Full-text search uses the expression index `posts_search` written by hand in the migration.
 */
@Entity('posts')
@Index('posts_by_time', ['associationId', 'createdAt'])
@Index('posts_feed', ['associationId', 'pinned', 'createdAt', 'id'], {
  where: '"deletedAt" IS NULL AND "hiddenAt" IS NULL',
})
@Index('posts_topic_feed', ['associationId', 'topicId', 'pinned', 'createdAt', 'id'], {
  where: '"deletedAt" IS NULL AND "hiddenAt" IS NULL',
})
@Index('posts_search', { synchronize: false })
export class PostEntity extends AssociationScopedEntity {
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  authorMembership?: MembershipEntity;

  @Index()
  @Column('uuid')
  authorMembershipId!: string;

  @ManyToOne(() => TopicEntity, { onDelete: 'RESTRICT' })
  topic?: TopicEntity;

  @Column('uuid', { nullable: true })
  topicId!: string | null;

  @Column('text')
  text!: string;

  /** network_search_vector(text), set by a trigger (migration SearchVectors); never read or written by the API. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;

  /** A pinned announcement: shown before the other posts. */
  @Column('boolean', { default: false })
  pinned!: boolean;

  @Column('timestamptz', { nullable: true })
  pinnedAt!: Date | null;

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
