import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  Allow,
  CurrentMember,
  FileUpload,
  HttpRequest,
  HttpResponse,
  ImageStorage,
  Member,
  Permission,
  Public,
  Upload,
  UploadedFile,
} from '@assoc/platform-api';
import { LOGO_IMAGE } from './logo-storage';
import { ShopsService, toShopModel } from './shops.service';

/**
 * Logo upload is plain multipart HTTP (simpler for browsers than GraphQL uploads), same session and
 * guard; logos are public (`GET /uploads/logos/<sha-256>.<ext>`, cached for a year under their content's name).
 */
@Controller()
export class LogoController {
  constructor(
    private readonly storage: ImageStorage,
    private readonly shops: ShopsService,
  ) {}

  @Allow(Permission.EditOwnShop)
  @Post('api/shops/mine/logo')
  @HttpCode(200)
  @FileUpload(LOGO_IMAGE.field, LOGO_IMAGE.maxMb)
  async upload(@UploadedFile() file: Upload, @Member() member: CurrentMember): Promise<{ logoUrl: string | null }> {
    const name = await this.storage.store(LOGO_IMAGE, file);
    return { logoUrl: toShopModel(await this.shops.setLogo(member, name)).logoUrl };
  }

  @Public()
  @Get('uploads/logos/:name')
  logo(@Param('name') name: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    return this.storage.send(LOGO_IMAGE, name, req, res);
  }
}
