import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { LogoController } from './logo.controller';
import { LogoStorage } from './logo-storage';
import { ShopEntity } from './shop.entity';
import { ShopsService } from './shops.service';

@Module({
  imports: [AssociationsModule, TypeOrmModule.forFeature([ShopEntity])],
  controllers: [LogoController],
  providers: [DirectoryService, ShopsService, LogoStorage, DirectoryResolver],
  exports: [ShopsService],
})
export class DirectoryModule {}
