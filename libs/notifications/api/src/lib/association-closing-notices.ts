import { Injectable, OnModuleInit } from '@nestjs/common';
import { AssociationClosingService } from '@assoc/associations-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from './notifications.service';

const DATE_FR = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/**
 * Tells the board when the president asks to close the association or a closing is cancelled (issue 25
 * part 5): a notification in the app and, by default, a mail at once (ASSOCIATION_CLOSING's frequency),
 * written in the closing's own transaction. Registered with the associations domain, which cannot depend on
 * notifications.
 */
@Injectable()
export class AssociationClosingNotices implements OnModuleInit {
  constructor(
    private readonly closing: AssociationClosingService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.closing.onNotice(async (notice, manager) => {
      await this.notifications.emit(manager, {
        associationId: notice.associationId,
        kind:
          notice.kind === 'REQUESTED'
            ? NotificationKind.ASSOCIATION_CLOSING
            : NotificationKind.ASSOCIATION_CLOSING_CANCELLED,
        recipientMembershipIds: notice.recipientMembershipIds,
        actorMembershipId: notice.actorMembershipId,
        subject: { type: 'ASSOCIATION', id: notice.associationId },
        data: notice.kind === 'REQUESTED' ? { excerpt: `Fermeture le ${DATE_FR.format(notice.closesAt)}` } : {},
      });
    });
  }
}
