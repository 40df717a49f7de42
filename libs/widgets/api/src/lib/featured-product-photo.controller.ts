import { Controller, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Allow, CurrentMember, ImageStorage, imageMaxBytes, Member, Permission, uuidArg } from '@assoc/platform-api';
import { FeaturedProductsService } from './featured-products.service';
import { PRODUCT_PHOTO } from './photo-storage';
import { productPhotoPath } from './widget.mapper';

/** A featured product's photo (`POST /api/widgets/products/:id/photo`, multipart field `photo`, PNG/JPEG/WebP ≤ 2 MB), the shop's owner only. */
@Controller('api/widgets/products')
export class FeaturedProductPhotoController {
  constructor(
    private readonly products: FeaturedProductsService,
    private readonly images: ImageStorage,
  ) {}

  @Allow(Permission.EditOwnShop)
  @Post(':id/photo')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: imageMaxBytes(PRODUCT_PHOTO) * 2, files: 1 } }))
  async photo(
    @Param('id', uuidArg('id')) id: string,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
    @Member() member: CurrentMember,
  ): Promise<{ photoUrl: string | null }> {
    await this.products.own(member, id);
    return {
      photoUrl: productPhotoPath(
        (await this.products.setPhoto(member, id, await this.images.store(PRODUCT_PHOTO, file))).photoFile,
      ),
    };
  }
}
