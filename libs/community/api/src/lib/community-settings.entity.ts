import { AssociationScopedEntity } from '@assoc/platform-api';
import { Check, Column, Entity, Index } from 'typeorm';

/** The board's contribution points (one row per association; none: the defaults). */
@Entity('community_settings')
@Index('community_settings_association', ['associationId'], { unique: true })
@Check(
  'community_settings_points',
  `"adoptedIdeaPoints" BETWEEN 0 AND 10000 AND "usefulContributionPoints" BETWEEN 0 AND 10000 AND "helpfulRecommendationPoints" BETWEEN 0 AND 10000`,
)
export class CommunitySettingsEntity extends AssociationScopedEntity {
  @Column('int') adoptedIdeaPoints!: number;
  @Column('int') usefulContributionPoints!: number;
  @Column('int') helpfulRecommendationPoints!: number;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
