import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, Clock, CurrentMember, FileStore, Locale } from '@assoc/platform-api';
import { MembersService } from '@assoc/associations-api';
import { DataExportKind, DataExportStatus, exportStatusAt } from '@assoc/privacy-domain';
import { Permission, roleHasPermission } from '@assoc/platform-domain';
import { DataSource, EntityManager } from 'typeorm';
import { DataExportEntity } from './data-export.entity';

/** What a download hands to the controller: the file's key, or why there is none. */
export type ExportDownload =
  { kind: 'file'; key: string; row: DataExportEntity } | { kind: 'expired' } | { kind: 'notFound' };

/**
 * Asking for an export and fetching it (issue 25). A person asks for their own data (`requestPerson`); a
 * president for the association's (`requestAssociation`). Either way one row is written, PENDING, and the
 * `DataExportJob` builds the archive. Concurrent asks make one row: the partial unique indexes allow one
 * pending export per person and per association, and a second ask returns the pending one.
 */
@Injectable()
export class DataExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly members: MembersService,
    private readonly files: FileStore,
  ) {}

  /** The person's export: the pending one if there is one, else a new one in their language. */
  requestPerson(user: AuthUser): Promise<DataExportEntity> {
    return this.request(
      user.id,
      DataExportKind.PERSON,
      null,
      user.locale,
      `("userId") WHERE "status" = 'PENDING' AND "kind" = 'PERSON'`,
    );
  }

  /** The association's export for its president (the guard checked the permission in this association). */
  requestAssociation(member: CurrentMember, locale: Locale): Promise<DataExportEntity> {
    return this.request(
      member.userId,
      DataExportKind.ASSOCIATION,
      member.associationId,
      locale,
      `("associationId") WHERE "status" = 'PENDING' AND "kind" = 'ASSOCIATION'`,
    );
  }

  private async request(
    userId: string,
    kind: DataExportKind,
    associationId: string | null,
    locale: Locale,
    conflict: string,
  ): Promise<DataExportEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO data_exports ("userId", kind, "associationId", status, locale, "requestedAt")
          VALUES ($1, $2, $3, 'PENDING', $4, $5) ON CONFLICT ${conflict} DO NOTHING`,
        [userId, kind, associationId, locale, this.clock.now()],
      );
      return manager.findOneOrFail(DataExportEntity, {
        where:
          kind === DataExportKind.PERSON
            ? { userId, kind, status: DataExportStatus.PENDING }
            : { associationId: associationId as string, kind, status: DataExportStatus.PENDING },
      });
    });
  }

  /** The person's newest export, or null. */
  latestPerson(userId: string): Promise<DataExportEntity | null> {
    return this.dataSource.manager.findOne(DataExportEntity, {
      where: { userId, kind: DataExportKind.PERSON },
      order: { requestedAt: 'DESC' },
    });
  }

  /** The association's newest export asked for by this president, or null. */
  latestAssociation(member: CurrentMember): Promise<DataExportEntity | null> {
    return this.dataSource.manager.findOne(DataExportEntity, {
      where: { userId: member.userId, associationId: member.associationId, kind: DataExportKind.ASSOCIATION },
      order: { requestedAt: 'DESC' },
    });
  }

  /** The status the person sees now (a ready export past its time reads expired). */
  statusOf(row: DataExportEntity): DataExportStatus {
    return exportStatusAt(row, this.clock.now());
  }

  /**
   * The export `id` for `user`: only the person who asked, and for an association's export only while they
   * still hold the permission there (a president who handed the role over can no longer fetch it). Anyone
   * else, or an unknown id, is told there is nothing (not found, never forbidden: an id says nothing).
   */
  async download(user: AuthUser, id: string): Promise<ExportDownload> {
    const row = await this.dataSource.manager.findOneBy(DataExportEntity, { id, userId: user.id });
    if (!row) return { kind: 'notFound' };
    if (row.kind === DataExportKind.ASSOCIATION) {
      const member = row.associationId ? await this.members.activeMembership(user.id, row.associationId) : null;
      if (!member || !roleHasPermission(member.role, Permission.ExportAssociationData)) return { kind: 'notFound' };
    }
    const status = this.statusOf(row);
    if (status === DataExportStatus.EXPIRED) return { kind: 'expired' };
    if (status !== DataExportStatus.READY || !row.fileKey) return { kind: 'notFound' };
    return { kind: 'file', key: row.fileKey, row };
  }

  /**
   * Forgets the person's exports when their account is closed (privacy's own `erasePerson`): every export
   * ends now, pending ones never get built, and the job deletes the files on its next run.
   */
  async endPersonExports(userId: string, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    await manager.query(
      `UPDATE data_exports SET status = 'EXPIRED', "expiresAt" = $2 WHERE "userId" = $1 AND status = 'PENDING'`,
      [userId, now],
    );
    await manager.query(
      `UPDATE data_exports SET "expiresAt" = $2 WHERE "userId" = $1 AND status = 'READY' AND "expiresAt" > $2`,
      [userId, now],
    );
  }

  /** Ends every export of a closed association (privacy's own `eraseAssociation`). */
  async endAssociationExports(associationId: string, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    await manager.query(
      `UPDATE data_exports SET status = 'EXPIRED', "expiresAt" = $2 WHERE "associationId" = $1 AND status = 'PENDING'`,
      [associationId, now],
    );
    await manager.query(
      `UPDATE data_exports SET "expiresAt" = $2 WHERE "associationId" = $1 AND status = 'READY' AND "expiresAt" > $2`,
      [associationId, now],
    );
  }

  /** Reads a stored file whole (the archive's attachments). */
  async readFile(key: string): Promise<Uint8Array | null> {
    const object = await this.files.get(key);
    if (!object) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of object.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return new Uint8Array(Buffer.concat(chunks));
  }
}
