import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads } from '@assoc/associations-api';
import { hashToken, newToken } from '@assoc/identity-api';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { AppConfig, AppError, Clock, listUnsubscribeHeaders } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { NOTIFICATION_KINDS } from '@assoc/notifications-domain';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationUnsubscribeTokenEntity } from './notification-unsubscribe-token.entity';

export interface UnsubscribeLinks {
  /** The web page (the mail's footer): says what was stopped. */
  page: string;
  /** The API's one-click address (POST, List-Unsubscribe). */
  oneClick: string;
  /** List-Unsubscribe and List-Unsubscribe-Post. */
  headers: Record<string, string>;
}

/**
 * Unsubscribe links: a random 256-bit token per mail, stored as its keyed hash, for one member and
 * one kind (or every kind). Following it once, without logging in, sets that kind to NEVER.
 */
@Injectable()
export class NotificationUnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferencesService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly associations: AssociationReads,
  ) {}

  /**
   * A new token, recorded in the caller's transaction (the one that queues the mail): the page the
   * mail's footer links to, the one-click address its List-Unsubscribe header names (RFC 8058) and
   * the header fields themselves. One token serves both: whichever is used first uses it up.
   */
  async links(
    manager: EntityManager,
    target: { associationId: string; membershipId: string; kind: NotificationKind | null },
  ): Promise<UnsubscribeLinks> {
    const token = newToken();
    await manager.insert(NotificationUnsubscribeTokenEntity, {
      ...target,
      tokenHash: hashToken(token, this.config.SECRET_KEY),
      usedAt: null,
    });
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    const oneClick = `${base}/api/unsubscribe/${token}`;
    return {
      page: `${base}/unsubscribe/${token}`,
      oneClick,
      headers: listUnsubscribeHeaders(oneClick, this.config.MAIL_UNSUBSCRIBE_MAILTO),
    };
  }

  /**
   * The one-click POST of a mail client (RFC 8058): unsubscribes like the page does; a token already
   * used answers `done` again and changes nothing (clients may retry), an unknown one `unknown`.
   */
  async oneClick(token: string): Promise<'unsubscribed' | 'done' | 'unknown'> {
    try {
      await this.unsubscribe(token);
      return 'unsubscribed';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const known = await this.dataSource
        .getRepository(NotificationUnsubscribeTokenEntity)
        .existsBy({ tokenHash: hashToken(token, this.config.SECRET_KEY) });
      return known ? 'done' : 'unknown';
    }
  }

  async unsubscribe(token: string): Promise<{ kind: NotificationKind | null; associationName: string }> {
    const row = await this.dataSource.transaction(async (manager) => {
      // Claimed atomically: a link works once, even if followed twice at the same moment.
      const claimed = await manager
        .createQueryBuilder()
        .update(NotificationUnsubscribeTokenEntity)
        .set({ usedAt: this.clock.now() })
        .where('"tokenHash" = :hash AND "usedAt" IS NULL', { hash: hashToken(token, this.config.SECRET_KEY) })
        .returning(['associationId', 'membershipId', 'kind'])
        .execute();
      const row = (
        claimed.raw as Pick<NotificationUnsubscribeTokenEntity, 'associationId' | 'membershipId' | 'kind'>[]
      )[0];
      if (!row) throw AppError.field('token', 'tokenInvalid');
      await this.preferences.set(
        manager,
        row.associationId,
        row.membershipId,
        row.kind ? [row.kind] : NOTIFICATION_KINDS,
        EmailFrequency.NEVER,
      );
      return row;
    });
    // Read after the commit: the association's name, for the page that says what was stopped.
    const association = await this.associations.summary(row.associationId);
    return { kind: row.kind, associationName: association?.name ?? '' };
  }
}
