import { CoCreatedProductEntity } from './co-created-product.entity';
import { CommunitySettingsEntity } from './community-settings.entity';
import { IdeaCommentEntity, IdeaEntity, IdeaSupportEntity } from './idea.entity';
import { RecommendationEntity } from './recommendation.entity';

/** This domain's tables. */
export const COMMUNITY_ENTITIES = [
  IdeaEntity,
  IdeaSupportEntity,
  IdeaCommentEntity,
  CommunitySettingsEntity,
  RecommendationEntity,
  CoCreatedProductEntity,
];
