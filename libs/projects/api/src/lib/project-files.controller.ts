import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Allow,
  AppError,
  Clock,
  CurrentMember,
  FileUpload,
  HttpRequest,
  HttpResponse,
  Member,
  Permission,
  Upload,
  UploadedFile,
  uuidArg,
} from '@assoc/platform-api';
import { CsvLocale, ledgerCsvFileName } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';
import { LedgerService } from './ledger.service';
import { ProjectAccess } from './project-access.service';
import { PROJECT_FILE_FIELD, PROJECT_FILE_MAX_MB, ProjectFileStorage } from './project-file-storage';
import { ProjectFileEntity, ProjectFileKind } from './project-file.entity';

/**
 * Plain HTTP for files: quotes (`POST /api/projects/:id/quotes`, draft writers) and receipts
 * (`POST /api/projects/:id/receipts`, money recorders), multipart field `file`, PDF/PNG/JPEG/WebP
 * read from the bytes, at most 10 MB; downloads of those files (`private` caching, ETag), only to those
 * who may see the project; removing a quote (`DELETE /api/projects/:id/quotes/:fileId`, draft writers);
 * and the ledger as CSV.
 */
@Controller('api/projects')
export class ProjectFilesController {
  constructor(
    private readonly storage: ProjectFileStorage,
    private readonly access: ProjectAccess,
    private readonly ledger: LedgerService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Allow(Permission.DraftProject)
  @Post(':id/quotes')
  @HttpCode(200)
  @FileUpload(PROJECT_FILE_FIELD, PROJECT_FILE_MAX_MB)
  async quote(
    @Param('id', uuidArg('id')) id: string,
    @UploadedFile() file: Upload,
    @Member() member: CurrentMember,
  ): Promise<{ quoteId: string }> {
    const project = await this.access.get(this.dataSource.manager, member, id);
    this.access.assertMayEdit(member, project);
    return { quoteId: (await this.save(member, id, ProjectFileKind.QUOTE, file)).id };
  }

  @Allow(Permission.RecordMoney)
  @Post(':id/receipts')
  @HttpCode(200)
  @FileUpload(PROJECT_FILE_FIELD, PROJECT_FILE_MAX_MB)
  async receipt(
    @Param('id', uuidArg('id')) id: string,
    @UploadedFile() file: Upload,
    @Member() member: CurrentMember,
  ): Promise<{ receiptId: string }> {
    await this.access.get(this.dataSource.manager, member, id);
    return { receiptId: (await this.save(member, id, ProjectFileKind.RECEIPT, file)).id };
  }

  @Allow(Permission.ViewProjects)
  @Get(':id/files/:fileId')
  async download(
    @Param('id', uuidArg('id')) id: string,
    @Param('fileId', uuidArg('fileId')) fileId: string,
    @Member() member: CurrentMember,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.access.get(this.dataSource.manager, member, id);
    const file = await this.dataSource.manager.findOne(ProjectFileEntity, {
      where: { id: fileId, projectId: id, associationId: member.associationId },
    });
    if (!file) throw AppError.notFound();
    await this.storage.send(file, req, res);
  }

  /** Removes a quote (those who may edit the project): its download answers 404 from then on. */
  @Allow(Permission.DraftProject)
  @Delete(':id/quotes/:fileId')
  @HttpCode(204)
  async removeQuote(
    @Param('id', uuidArg('id')) id: string,
    @Param('fileId', uuidArg('fileId')) fileId: string,
    @Member() member: CurrentMember,
  ): Promise<void> {
    const project = await this.access.get(this.dataSource.manager, member, id);
    this.access.assertMayEdit(member, project);
    const file = await this.dataSource.manager.findOne(ProjectFileEntity, {
      where: { id: fileId, projectId: id, associationId: member.associationId, kind: ProjectFileKind.QUOTE },
    });
    if (!file) throw AppError.notFound();
    await this.dataSource.manager.delete(ProjectFileEntity, { id: file.id });
    await this.storage.remove(file.fileName);
  }

  @Allow(Permission.ViewProjects)
  @Get(':id/ledger.csv')
  async csv(
    @Param('id', uuidArg('id')) id: string,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const lang: CsvLocale = locale === 'en' ? 'en' : 'fr';
    const { body, project } = await this.ledger.csv(member, id, lang);
    const slug =
      project.title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'projet';
    res.header('content-type', 'text/csv; charset=utf-8');
    res.header('content-disposition', `attachment; filename="${ledgerCsvFileName(slug, this.clock.now(), lang)}"`);
    res.send(body);
  }

  private async save(
    member: CurrentMember,
    projectId: string,
    kind: ProjectFileKind,
    file: Upload,
  ): Promise<ProjectFileEntity> {
    const stored = await this.storage.store(file);
    return this.dataSource.manager.save(
      this.dataSource.manager.create(ProjectFileEntity, {
        associationId: member.associationId,
        projectId,
        kind,
        ...stored,
        uploaderMembershipId: member.membershipId,
      }),
    );
  }
}
