import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';
import { COMMUNITY_MESSAGES, COMMUNITY_PERMISSIONS } from '@assoc/community-domain';
import { COMMUNITY_ENTITIES } from './community.entities';

registerMessages('community', COMMUNITY_MESSAGES);
registerPermissions('community', COMMUNITY_PERMISSIONS);

/** Issue 17 (customers as co-creators). */
@Module({
  imports: [TypeOrmModule.forFeature(COMMUNITY_ENTITIES)],
  providers: [],
  exports: [],
})
export class CommunityModule {
  static readonly entities = COMMUNITY_ENTITIES;
}
