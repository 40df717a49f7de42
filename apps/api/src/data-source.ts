/**
 * The data source for the TypeORM CLI (npm run migration:generate -- <Name>). It lists every entity;
 * the running API finds them through each domain module instead.
 */
import 'reflect-metadata';
import { AssociationEntity, InvitationEntity, MembershipEntity } from '@assoc/associations-api';
import { CalendarFeedEntity, MeetingEntity } from '@assoc/calendar-api';
import { CashmobEntity, CashmobSettingsEntity, CashmobSignUpEntity, CashmobSupportEntity } from '@assoc/cashmobs-api';
import { ShopEntity } from '@assoc/directory-api';
import { PasswordResetTokenEntity, PendingSignUpEntity, SessionEntity, UserEntity } from '@assoc/identity-api';
import {
  NotificationDigestEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationUnsubscribeTokenEntity,
} from '@assoc/notifications-api';
import { CommentEntity, PostEntity, PostImageEntity, PostReactionEntity, TopicEntity } from '@assoc/network-api';
import { dataSourceOptions, OutboxMailEntity, RateLimitEntity } from '@assoc/platform-api';
import {
  BudgetLineEntity,
  LedgerEntryEntity,
  ProjectAuditEntity,
  ProjectCommentEntity,
  ProjectConsultantEntity,
  ProjectEntity,
  ProjectFileEntity,
  ProjectParticipantEntity,
  ProjectTaskEntity,
  ProjectVoteEntity,
} from '@assoc/projects-api';
import {
  CampaignEntity,
  CampaignOfferEntity,
  CampaignRedemptionEntity,
  CampaignVoucherEntity,
} from '@assoc/promotions-api';
import { FeaturedProductEntity, WidgetEntity } from '@assoc/widgets-api';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

export default new DataSource({
  ...dataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/assoc_migrations',
    MIGRATIONS,
  ),
  entities: [
    TopicEntity,
    PostEntity,
    PostImageEntity,
    CommentEntity,
    PostReactionEntity,
    UserEntity,
    SessionEntity,
    PasswordResetTokenEntity,
    PendingSignUpEntity,
    AssociationEntity,
    MembershipEntity,
    InvitationEntity,
    ShopEntity,
    OutboxMailEntity,
    RateLimitEntity,
    NotificationEntity,
    NotificationPreferenceEntity,
    NotificationDigestEntity,
    NotificationUnsubscribeTokenEntity,
    ProjectEntity,
    ProjectConsultantEntity,
    BudgetLineEntity,
    ProjectFileEntity,
    ProjectVoteEntity,
    ProjectCommentEntity,
    ProjectParticipantEntity,
    LedgerEntryEntity,
    ProjectAuditEntity,
    ProjectTaskEntity,
    CampaignEntity,
    CampaignOfferEntity,
    CampaignVoucherEntity,
    CampaignRedemptionEntity,
    CashmobEntity,
    CashmobSupportEntity,
    CashmobSignUpEntity,
    CashmobSettingsEntity,
    MeetingEntity,
    CalendarFeedEntity,
    WidgetEntity,
    FeaturedProductEntity,
  ],
});
