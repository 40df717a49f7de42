import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Allow, CurrentMember, ImageStorage, imageMaxBytes, Member, Permission } from '@assoc/platform-api';
import { POST_IMAGE, postImageUrl } from './post-image-storage';
import { PostImagesService } from './post-images.service';

/**
 * Post images are uploaded as plain multipart HTTP, like shop logos (field `image`, PNG/JPEG/WebP read
 * from the bytes, at most 5 MB), then attached by createPost(input: { imageIds }).
 */
@Controller('api/network')
export class PostImageController {
  constructor(
    private readonly storage: ImageStorage,
    private readonly images: PostImagesService,
  ) {}

  @Allow(Permission.Post)
  @Post('images')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('image', { limits: { fileSize: imageMaxBytes(POST_IMAGE) * 2, files: 1 } }))
  async upload(
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
    @Member() member: CurrentMember,
  ): Promise<{ imageId: string; url: string }> {
    const fileName = await this.storage.store(POST_IMAGE, file);
    const image = await this.images.record(member, fileName);
    return { imageId: image.id, url: postImageUrl(image.fileName) };
  }
}
