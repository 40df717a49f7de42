import { RecommendationStatus } from '@assoc/community-domain';
import { ShopEntity } from '@assoc/directory-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A customer's recommendation of a member shop (short text), moderated by the board (PENDING, then
 * PUBLISHED or REJECTED); the shop marks a published one helpful once (`helpfulAt`), its author earning points.
 * `customerId` is null once the author's data was erased (the text goes with it).
 */
@Entity('community_recommendations')
@Index('community_recommendations_by_shop', ['associationId', 'shopId', 'createdAt'])
@Index('community_recommendations_by_status', ['associationId', 'status', 'createdAt'])
export class RecommendationEntity extends AssociationScopedEntity {
  @ManyToOne(() => ShopEntity, { onDelete: 'CASCADE' }) shop?: ShopEntity;
  @Column('uuid') shopId!: string;
  @Index() @Column('uuid', { nullable: true }) customerId!: string | null;
  @Column('text') text!: string;
  @Column({
    type: 'enum',
    enum: RecommendationStatus,
    enumName: 'community_recommendation_status',
    default: RecommendationStatus.PENDING,
  })
  status!: RecommendationStatus;
  @Column('timestamptz', { nullable: true }) moderatedAt!: Date | null;
  @Column('uuid', { nullable: true }) moderatedByMembershipId!: string | null;
  @Column('timestamptz', { nullable: true }) helpfulAt!: Date | null;
  @Column('uuid', { nullable: true }) helpfulByMembershipId!: string | null;
}
