import { EXPORT_LINK_RETENTION } from './retention';

/** Whose data an export holds: one person's (in every association they belong to) or one association's. */
export enum DataExportKind {
  PERSON = 'PERSON',
  ASSOCIATION = 'ASSOCIATION',
}

/** Pending until the job has built the archive; ready while its link works; expired once the file is deleted. */
export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  EXPIRED = 'EXPIRED',
}

const DAY_MS = 24 * 3600 * 1000;

/** How many times the job tries to build an export before giving up (the person sees it ended and can ask again). */
export const MAX_EXPORT_ATTEMPTS = 5;

/** When a ready export's link stops working (the retention constant the privacy page prints). */
export function exportExpiresAt(readyAt: Date): Date {
  return new Date(readyAt.getTime() + EXPORT_LINK_RETENTION.days * DAY_MS);
}

/**
 * What the person sees of an export at `now`: a ready one whose time has passed is expired even before
 * the job deletes its file (the download refuses it too).
 */
export function exportStatusAt(row: { status: DataExportStatus; expiresAt: Date | null }, now: Date): DataExportStatus {
  if (row.status === DataExportStatus.READY && row.expiresAt && row.expiresAt.getTime() <= now.getTime())
    return DataExportStatus.EXPIRED;
  return row.status;
}

/** The archive's file name offered to the browser: `mes-donnees-2026-12-06.zip`, `association-data-2026-12-06.zip`. */
export function exportFileName(kind: DataExportKind, language: 'fr' | 'en', readyAt: Date): string {
  const day = readyAt.toISOString().slice(0, 10);
  const base =
    kind === DataExportKind.PERSON
      ? language === 'fr'
        ? 'mes-donnees'
        : 'my-data'
      : language === 'fr'
        ? 'donnees-association'
        : 'association-data';
  return `${base}-${day}.zip`;
}
