import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity } from '@assoc/associations-api';
import { hashToken, newToken } from '@assoc/identity-api';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { AppConfig, AppError, Clock } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { NOTIFICATION_KINDS } from '@assoc/notifications-domain';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationUnsubscribeTokenEntity } from './notification-unsubscribe-token.entity';

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
  ) {}

  /** A new link, recorded in the caller's transaction (the one that queues the mail). */
  async link(
    manager: EntityManager,
    target: { associationId: string; membershipId: string; kind: NotificationKind | null },
  ): Promise<string> {
    const token = newToken();
    await manager.insert(NotificationUnsubscribeTokenEntity, {
      ...target,
      tokenHash: hashToken(token, this.config.SECRET_KEY),
      usedAt: null,
    });
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/unsubscribe/${token}`;
  }

  async unsubscribe(token: string): Promise<{ kind: NotificationKind | null; associationName: string }> {
    return this.dataSource.transaction(async (manager) => {
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
      const association = await manager.findOneByOrFail(AssociationEntity, { id: row.associationId });
      return { kind: row.kind, associationName: association.name };
    });
  }
}
