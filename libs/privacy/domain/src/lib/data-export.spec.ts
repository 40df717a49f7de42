import { DataExportKind, DataExportStatus, exportExpiresAt, exportFileName, exportStatusAt } from './data-export';
import { EXPORT_LINK_RETENTION } from './retention';

describe('data exports', () => {
  const ready = new Date('2026-12-06T10:00:00Z');

  it('expire after the registered retention, and read as expired once that time has passed', () => {
    const expiresAt = exportExpiresAt(ready);
    expect(expiresAt.toISOString()).toBe(
      `2026-12-${String(6 + EXPORT_LINK_RETENTION.days).padStart(2, '0')}T10:00:00.000Z`,
    );
    const row = { status: DataExportStatus.READY, expiresAt };
    expect(exportStatusAt(row, new Date(expiresAt.getTime() - 1))).toBe(DataExportStatus.READY);
    expect(exportStatusAt(row, expiresAt)).toBe(DataExportStatus.EXPIRED);
    expect(exportStatusAt({ status: DataExportStatus.PENDING, expiresAt: null }, expiresAt)).toBe(
      DataExportStatus.PENDING,
    );
  });

  it('name the archive in the reader language', () => {
    expect(exportFileName(DataExportKind.PERSON, 'fr', ready)).toBe('mes-donnees-2026-12-06.zip');
    expect(exportFileName(DataExportKind.ASSOCIATION, 'en', ready)).toBe('association-data-2026-12-06.zip');
  });
});
