import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Allow, CurrentMember, ImageStorage, imageMaxBytes, Member, Permission } from '@assoc/platform-api';
import { LOGO_IMAGE } from './logo-storage';
import { ShopsService, toShopModel } from './shops.service';

/** Logo upload is plain multipart HTTP (simpler for browsers than GraphQL uploads), same session and guard. */
@Controller('api/shops/mine')
export class LogoController {
  constructor(
    private readonly storage: ImageStorage,
    private readonly shops: ShopsService,
  ) {}

  @Allow(Permission.EditOwnShop)
  @Post('logo')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: imageMaxBytes(LOGO_IMAGE) * 3, files: 1 } }))
  async upload(
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
    @Member() member: CurrentMember,
  ): Promise<{ logoUrl: string | null }> {
    const name = await this.storage.store(LOGO_IMAGE, file);
    return { logoUrl: toShopModel(await this.shops.setLogo(member, name)).logoUrl };
  }
}
