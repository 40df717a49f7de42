import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { FilesModule } from '@assoc/platform-api';
import { AnnouncementResolver } from './announcement.resolver';
import { AnnouncementsService } from './announcements.service';
import { CommentResolver } from './comment.resolver';
import { CommentsService } from './comments.service';
import { FeedService } from './feed.service';
import { MentionsService } from './mentions.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { NetworkAudience } from './network-audience.service';
import { PostAccess } from './post-access.service';
import { PostImageController } from './post-image.controller';
import { PostImagesService } from './post-images.service';
import { PostResolver } from './post.resolver';
import { PostsService } from './posts.service';
import { ReactionResolver } from './reaction.resolver';
import { ReactionsService } from './reactions.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { TopicResolver } from './topic.resolver';
import { TopicsService } from './topics.service';
import { NETWORK_ENTITIES } from './network.entities';
import { NETWORK_MESSAGES, NETWORK_PERMISSIONS } from '@assoc/network-domain';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';
import { NetworkOnboarding } from './network-onboarding';
import { NetworkPersonalData } from './network-personal-data';
import { NetworkFigures } from './network-figures.service';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('network', NETWORK_MESSAGES);
registerPermissions('network', NETWORK_PERMISSIONS);

/** The association's private network: topics, feed, posts, comments, reactions, mentions, moderation, search. */
@Module({
  imports: [
    AssociationsModule,
    DirectoryModule,
    NotificationsModule,
    FilesModule,
    TypeOrmModule.forFeature(NETWORK_ENTITIES),
  ],
  controllers: [PostImageController],
  providers: [
    PostAccess,
    NetworkAudience,
    MentionsService,
    TopicsService,
    PostImagesService,
    AnnouncementsService,
    PostsService,
    FeedService,
    CommentsService,
    ReactionsService,
    ModerationService,
    SearchService,
    TopicResolver,
    PostResolver,
    AnnouncementResolver,
    CommentResolver,
    ReactionResolver,
    ModerationResolver,
    SearchResolver,
    NetworkOnboarding,
    NetworkPersonalData,
    NetworkFigures,
  ],
  exports: [NetworkFigures],
})
export class NetworkModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = NETWORK_ENTITIES;
}
