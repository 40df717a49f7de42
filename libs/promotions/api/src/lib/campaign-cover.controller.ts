import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { HttpRequest, HttpResponse, ImageStorage, Public } from '@assoc/platform-api';
import { COVER_IMAGE } from './cover-storage';

/** Campaign covers are public on purpose (the campaign's public page): `GET /uploads/campaigns/<sha-256>.<ext>`, cached for a year. */
@Controller('uploads/campaigns')
export class CampaignCoverController {
  constructor(private readonly images: ImageStorage) {}

  @Public()
  @Get(':name')
  cover(@Param('name') name: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    return this.images.send(COVER_IMAGE, name, req, res);
  }
}
