import { MatDialog } from '@angular/material/dialog';
import { askReason } from '@assoc/platform-web';
import { TREASURY_REASON_MAX } from '@assoc/treasury-domain';

/** Asks why an entry is reversed (required): the reversal is posted today, the entry stays; null when cancelled. */
export function askReversalReason(dialog: MatDialog, label: string): Promise<string | null> {
  return askReason(dialog, {
    titleKey: 'treasury.reverse.title',
    messageKey: 'treasury.reverse.explain',
    labelKey: 'treasury.reverse.reason',
    confirmKey: 'treasury.reverse.confirm',
    params: { label },
    maxLength: TREASURY_REASON_MAX,
  });
}
