import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import {
  AppError,
  Authenticated,
  AuthUser,
  CurrentUser,
  FileStore,
  HttpRequest,
  HttpResponse,
  RequestLocale,
  sendStoredFile,
  uuidArg,
} from '@assoc/platform-api';
import { Locale, message } from '@assoc/platform-domain';
import { exportFileName } from '@assoc/privacy-domain';
import { DataExportsService } from './data-exports.service';

/**
 * `GET /api/privacy/exports/:id`: the export's ZIP, to the session of the person who asked for it only
 * (404 for anyone else and for an unknown id, 410 once it has expired).
 */
@Controller('api/privacy/exports')
export class DataExportController {
  constructor(
    private readonly exports: DataExportsService,
    private readonly files: FileStore,
  ) {}

  @Authenticated()
  @Get(':id')
  async download(
    @Param('id', uuidArg('id')) id: string,
    @CurrentUser() user: AuthUser,
    @RequestLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const found = await this.exports.download(user, id);
    if (found.kind === 'notFound') throw AppError.notFound();
    if (found.kind === 'expired') {
      res.status(410).type('text/plain; charset=utf-8').send(message(locale, 'exportExpired'));
      return;
    }
    const row = found.row;
    const name = exportFileName(row.kind, row.locale === Locale.EN ? 'en' : 'fr', row.readyAt ?? new Date(0));
    res.header('Content-Disposition', `attachment; filename="${name}"`);
    res.header('Referrer-Policy', 'no-referrer');
    await sendStoredFile(this.files, req, res, {
      key: found.key,
      etag: row.id,
      contentType: 'application/zip',
      cacheControl: 'private, no-store',
    });
  }
}
