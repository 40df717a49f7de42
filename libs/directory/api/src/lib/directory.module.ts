import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { FilesModule } from '@assoc/platform-api';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { LogoController } from './logo.controller';
import { ShopsService } from './shops.service';
import { ShopReads } from './shop-reads.service';
import { ShopOnboarding } from './shop-onboarding';
import { DirectoryPersonalData } from './directory-personal-data';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DIRECTORY_MESSAGES, DIRECTORY_PERMISSIONS } from '@assoc/directory-domain';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('directory', DIRECTORY_MESSAGES);
registerPermissions('directory', DIRECTORY_PERMISSIONS);

@Module({
  imports: [AssociationsModule, FilesModule, TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
  controllers: [LogoController],
  providers: [DirectoryService, ShopsService, ShopReads, DirectoryResolver, ShopOnboarding, DirectoryPersonalData],
  exports: [ShopsService, ShopReads],
})
export class DirectoryModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = DIRECTORY_ENTITIES;
}
