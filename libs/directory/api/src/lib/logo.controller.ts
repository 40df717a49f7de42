import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { LogoStorage, LOGO_MAX_BYTES } from './logo-storage';
import { ShopsService, toShopModel } from './shops.service';

/** Logo upload is plain multipart HTTP (simpler for browsers than GraphQL uploads), same session and guard. */
@Controller('api/shops/mine')
export class LogoController {
  constructor(
    private readonly storage: LogoStorage,
    private readonly shops: ShopsService,
  ) {}

  @Allow(Permission.EditOwnShop)
  @Post('logo')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: LOGO_MAX_BYTES * 3, files: 1 } }))
  async upload(@UploadedFile() file: { buffer: Buffer; size: number } | undefined, @Member() member: CurrentMember): Promise<{ logoUrl: string | null }> {
    const name = await this.storage.store(file);
    return { logoUrl: toShopModel(await this.shops.setLogo(member, name)).logoUrl };
  }
}
