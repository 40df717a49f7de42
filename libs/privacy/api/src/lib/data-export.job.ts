import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { personAssociationIds } from '@assoc/associations-api';
import {
  AppConfig,
  ArchiveFile,
  dataArchive,
  DataPart,
  FileStore,
  Jobs,
  Locale,
  MailOutbox,
  PeriodicJob,
  PersonalData,
} from '@assoc/platform-api';
import { DataExportKind, DataExportStatus, exportExpiresAt, MAX_EXPORT_ATTEMPTS } from '@assoc/privacy-domain';
import { DataSource, EntityManager } from 'typeorm';
import { archiveTitle, exportReadyMail } from './data-export-mails';
import { DataExportEntity } from './data-export.entity';
import { DataExportsService } from './data-exports.service';

const POLL_MS = 30 * 1000;

/**
 * Builds the asked-for exports and deletes the expired ones, on every instance (`Jobs.define`: it survives
 * a restart, unlike BackgroundWork, since the work is a row in `data_exports`). Each pending row is claimed
 * with FOR UPDATE SKIP LOCKED and built in one REPEATABLE READ transaction, so every domain's part of the
 * archive is read from the same snapshot: the ZIP goes to the file store (`exports/<id>.zip`), then the row
 * becomes READY with its expiry (the registered retention) and the mail is queued in the same transaction.
 */
@Injectable()
export class DataExportJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DataExports');
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalData,
    private readonly exports: DataExportsService,
    private readonly files: FileStore,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('DataExports', (now) => this.run(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests run it through the test clock
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Builds every pending export, then deletes the expired files; returns how many of each. */
  async run(now: Date): Promise<{ built: number; failed: number; expired: number }> {
    let built = 0;
    let failed = 0;
    // Each pending export is tried once per run: one that fails (a source's error) is counted and left for the
    // next run, and does not hold the others back; after MAX_EXPORT_ATTEMPTS it ends.
    const tried: string[] = [];
    for (;;) {
      const outcome = await this.buildOne(now, tried);
      if (outcome === 'none') break;
      if (outcome === 'built') built++;
      else failed++;
    }
    let expired = 0;
    while (await this.expireOne(now)) expired++;
    return { built, failed, expired };
  }

  private async buildOne(now: Date, tried: string[]): Promise<'built' | 'failed' | 'none'> {
    let storedKey: string | null = null;
    const claim: { id: string | null } = { id: null };
    try {
      return await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        const [claimed]: { id: string }[] = await manager.query(
          `SELECT id FROM data_exports WHERE status = 'PENDING' AND NOT (id = ANY($1::uuid[]))
            ORDER BY "requestedAt" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [tried],
        );
        if (!claimed) return 'none';
        claim.id = claimed.id;
        tried.push(claimed.id);
        const row = await manager.findOneOrFail(DataExportEntity, {
          where: { id: claimed.id },
          relations: { user: true, association: true },
        });
        if (!row.user) throw new Error(`Export ${row.id} has no user`);
        const parts = await this.parts(row, manager);
        const files: ArchiveFile[] = [];
        for (const part of parts)
          for (const file of part.files ?? []) {
            const bytes = await this.exports.readFile(file.key);
            if (bytes) files.push({ path: file.path, bytes });
          }
        const language = row.locale === Locale.EN ? 'en' : 'fr';
        const zip = dataArchive({
          language,
          title: archiveTitle(row.kind, row.locale, row.user, row.association?.name ?? null, now),
          sections: parts.flatMap((part) => part.sections),
          files,
        });
        const key = `exports/${row.id}.zip`;
        await this.files.put(key, Buffer.from(zip), 'application/zip');
        storedKey = key;
        const expiresAt = exportExpiresAt(now);
        await manager.update(
          DataExportEntity,
          { id: row.id },
          { status: DataExportStatus.READY, readyAt: now, expiresAt, fileKey: key, sizeBytes: zip.byteLength },
        );
        const page = row.kind === DataExportKind.PERSON ? '/account/data' : '/association/data';
        await this.outbox.enqueue(
          manager,
          exportReadyMail(
            { email: row.user.email, name: row.user.name, locale: row.locale },
            row.kind,
            row.association?.name ?? null,
            expiresAt,
            `${this.config.PUBLIC_URL}${page}`,
          ),
        );
        storedKey = null;
        return 'built';
      });
    } catch (error) {
      // A file written for it is not left behind; the row stays pending for the next run, until its last attempt.
      if (storedKey) await this.files.delete(storedKey).catch(() => undefined);
      const claimedId = claim.id;
      if (!claimedId) throw error;
      this.logger.error(`export ${claimedId} failed: ${error instanceof Error ? error.stack : String(error)}`);
      await this.dataSource.query(
        `UPDATE data_exports SET attempts = attempts + 1,
            status = CASE WHEN attempts + 1 >= $2 THEN 'EXPIRED'::data_export_status ELSE status END
          WHERE id = $1 AND status = 'PENDING'`,
        [claimedId, MAX_EXPORT_ATTEMPTS],
      );
      return 'failed';
    }
  }

  /** Every registered domain's part: the person's in the associations they belong or belonged to, or the association's. */
  private async parts(row: DataExportEntity, manager: EntityManager): Promise<DataPart[]> {
    const parts: DataPart[] = [];
    if (row.kind === DataExportKind.PERSON) {
      const subject = { userId: row.userId, associationIds: await personAssociationIds(manager, row.userId) };
      for (const source of this.personalData.sources()) parts.push(await source.exportPerson(subject, manager));
    } else {
      const associationId = row.associationId as string;
      for (const source of this.personalData.sources())
        parts.push(await source.exportAssociation(associationId, manager));
    }
    return parts;
  }

  /** Deletes one expired export's file and marks it EXPIRED (the row stays: the person sees it expired). */
  private async expireOne(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [due]: { id: string; fileKey: string | null }[] = await manager.query(
        `SELECT id, "fileKey" FROM data_exports
          WHERE (status = 'READY' AND "expiresAt" <= $1) OR (status = 'EXPIRED' AND "fileKey" IS NOT NULL)
          ORDER BY "expiresAt" LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!due) return false;
      if (due.fileKey) await this.files.delete(due.fileKey);
      await manager.update(DataExportEntity, { id: due.id }, { status: DataExportStatus.EXPIRED, fileKey: null });
      this.logger.debug(`export ${due.id} expired`);
      return true;
    });
  }
}
