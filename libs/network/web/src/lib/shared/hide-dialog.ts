import { MatDialog } from '@angular/material/dialog';
import { MODERATION_REASON_MAX } from '@assoc/network-domain';
import { askReason } from '@assoc/platform-web';

/** Asks a moderator why a post or comment is hidden (the author is told); null when cancelled. */
export function askHideReason(dialog: MatDialog, subject: 'POST' | 'COMMENT'): Promise<string | null> {
  return askReason(dialog, {
    titleKey: `network.hide.title${subject}`,
    messageKey: 'network.hide.explain',
    labelKey: 'network.hide.reason',
    confirmKey: 'network.hide.confirm',
    maxLength: MODERATION_REASON_MAX,
  });
}
