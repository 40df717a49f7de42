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
  uuidArg,
} from '@assoc/platform-api';
import { FeaturedProductsService } from './featured-products.service';
import { PRODUCT_PHOTO } from './photo-storage';
import { productPhotoPath } from './widget.mapper';

/**
 * A featured product's photo (`POST /api/widgets/products/:id/photo`, multipart field `photo`, PNG/JPEG/WebP ≤ 2 MB),
 * the shop's owner only; public like the widgets that show it (`GET /uploads/products/<sha-256>.<ext>`, cached for a year).
 */
@Controller()
export class FeaturedProductPhotoController {
  constructor(
    private readonly products: FeaturedProductsService,
    private readonly images: ImageStorage,
  ) {}

  @Allow(Permission.EditOwnShop)
  @Post('api/widgets/products/:id/photo')
  @HttpCode(200)
  @FileUpload(PRODUCT_PHOTO.field, PRODUCT_PHOTO.maxMb)
  async photo(
    @Param('id', uuidArg('id')) id: string,
    @UploadedFile() file: Upload,
    @Member() member: CurrentMember,
  ): Promise<{ photoUrl: string | null }> {
    await this.products.own(member, id);
    return {
      photoUrl: productPhotoPath(
        (await this.products.setPhoto(member, id, await this.images.store(PRODUCT_PHOTO, file))).photoFile,
      ),
    };
  }

  @Public()
  @Get('uploads/products/:name')
  read(@Param('name') name: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    return this.images.send(PRODUCT_PHOTO, name, req, res);
  }
}
