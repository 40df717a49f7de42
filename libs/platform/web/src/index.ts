// Everything light comes from core.ts (what the first load may import); the rest below.
export * from './core';
export { AppShell } from './lib/layout/app-shell';
export { ConfirmDialog, confirmAction } from './lib/dialogs/confirm-dialog';
export type { ConfirmDialogData } from './lib/dialogs/confirm-dialog';
export { ReasonDialog, askReason } from './lib/dialogs/reason-dialog';
export type { ReasonDialogData } from './lib/dialogs/reason-dialog';
export { PageWrites, pageWrites } from './lib/forms/page-writes';
export { CodeEntry } from './lib/scan/code-entry';
export { fetchFile } from './lib/files/download';
export { ShareLink } from './lib/share/share-link';
export { ListPlaceholder } from './lib/layout/list-placeholder';
export { NotAllowedPage } from './lib/session/not-allowed-page';
export { TOUCHED_ERRORS } from './lib/errors/touched-errors';
