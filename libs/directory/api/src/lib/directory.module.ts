import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { FilesModule } from '@assoc/platform-api';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { LogoController } from './logo.controller';
import { ShopsService } from './shops.service';
import { DIRECTORY_ENTITIES } from './directory.entities';

@Module({
  imports: [AssociationsModule, FilesModule, TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
  controllers: [LogoController],
  providers: [DirectoryService, ShopsService, DirectoryResolver],
  exports: [ShopsService],
})
export class DirectoryModule {}
