import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { FilesModule } from '@assoc/platform-api';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { LogoController } from './logo.controller';
import { ShopEntity } from './shop.entity';
import { ShopsService } from './shops.service';

@Module({
  imports: [AssociationsModule, FilesModule, TypeOrmModule.forFeature([ShopEntity])],
  controllers: [LogoController],
  providers: [DirectoryService, ShopsService, DirectoryResolver],
  exports: [ShopsService],
})
export class DirectoryModule {}
