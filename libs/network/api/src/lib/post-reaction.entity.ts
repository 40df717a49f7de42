import { MembershipEntity } from '@assoc/associations-api';
import { PostEntity } from './post.entity';
import { ReactionEmoji } from '@assoc/network-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/** One member's reaction to a post; at most one per member, post and emoji (held by the database). */
@Entity('post_reactions')
@Index('post_reactions_by_time', ['associationId', 'createdAt'])
@Index('post_reactions_unique', ['postId', 'membershipId', 'emoji'], { unique: true })
@Index('post_reactions_by_emoji', ['postId', 'emoji', 'createdAt'])
export class PostReactionEntity extends AssociationScopedEntity {
  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  post?: PostEntity;

  @Column('uuid')
  postId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  membership?: MembershipEntity;

  @Column('uuid')
  membershipId!: string;

  @Column({ type: 'enum', enum: ReactionEmoji, enumName: 'reaction_emoji' })
  emoji!: ReactionEmoji;
}
