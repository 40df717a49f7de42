import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  Allow,
  AppError,
  AuthUser,
  CurrentMember,
  FileUpload,
  HttpRequest,
  HttpResponse,
  ImageStorage,
  Member,
  OptionalUser,
  Permission,
  Public,
  Upload,
  UploadedFile,
  uuidArg,
} from '@assoc/platform-api';
import { POST_IMAGE, postImageUrl } from './post-image-storage';
import { PostImagesService } from './post-images.service';

/**
 * Post images are uploaded as plain multipart HTTP, like shop logos (field `image`, PNG/JPEG/WebP read
 * from the bytes, at most 5 MB), then attached by createPost(input: { imageIds }). They are read at
 * `GET /api/network/images/:id` by an `<img>` tag: the session cookie says who asks (no association
 * header), the image's post says which association, and the network's rules say who may see it.
 */
@Controller('api/network/images')
export class PostImageController {
  constructor(
    private readonly storage: ImageStorage,
    private readonly images: PostImagesService,
  ) {}

  @Allow(Permission.Post)
  @Post()
  @HttpCode(200)
  @FileUpload(POST_IMAGE.field, POST_IMAGE.maxMb)
  async upload(
    @UploadedFile() file: Upload,
    @Member() member: CurrentMember,
  ): Promise<{ imageId: string; url: string }> {
    const fileName = await this.storage.store(POST_IMAGE, file);
    const image = await this.images.record(member, fileName);
    return { imageId: image.id, url: postImageUrl(image.id) };
  }

  /** Public to the guard so that a caller without a session gets the same 404 as one without access. */
  @Public()
  @Get(':id')
  async read(
    @Param('id', uuidArg('id')) id: string,
    @OptionalUser() user: AuthUser | null,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const image = user && (await this.images.readable(user.id, id));
    if (!image) throw AppError.notFound();
    await this.storage.send(POST_IMAGE, image.fileName, req, res);
  }
}
