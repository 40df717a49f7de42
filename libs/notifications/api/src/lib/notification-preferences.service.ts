import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_EMAIL_FREQUENCY,
  EmailFrequency,
  frequenciesWithDefaults,
  NOTIFICATION_KINDS,
  NotificationKind,
} from '@assoc/notifications-domain';
import { CurrentMember } from '@assoc/platform-api';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotificationPreferenceEntity } from './notification-preference.entity';

/** Per member and kind: immediately, in the daily digest, or never (the kind's default when unset). */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every kind with the caller's choice or its default, in the catalogue's order. */
  async list(member: CurrentMember): Promise<{ kind: NotificationKind; frequency: EmailFrequency }[]> {
    const chosen = await this.frequencies(this.dataSource.manager, member.membershipId);
    return NOTIFICATION_KINDS.map((kind) => ({ kind, frequency: chosen[kind] }));
  }

  async update(
    member: CurrentMember,
    kind: NotificationKind,
    frequency: EmailFrequency,
  ): Promise<{ kind: NotificationKind; frequency: EmailFrequency }> {
    await this.set(this.dataSource.manager, member.associationId, member.membershipId, [kind], frequency);
    return { kind, frequency };
  }

  /** Upserts (one statement, safe under concurrency). */
  async set(
    manager: EntityManager,
    associationId: string,
    membershipId: string,
    kinds: readonly NotificationKind[],
    frequency: EmailFrequency,
  ): Promise<void> {
    if (!kinds.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationPreferenceEntity)
      .values(kinds.map((kind) => ({ associationId, membershipId, kind, frequency })))
      .orUpdate(['frequency', 'updatedAt'], ['membershipId', 'kind'])
      .execute();
  }

  /** One member's frequency for every kind. */
  async frequencies(manager: EntityManager, membershipId: string): Promise<Record<NotificationKind, EmailFrequency>> {
    const rows = await manager.find(NotificationPreferenceEntity, { where: { membershipId } });
    return frequenciesWithDefaults(rows);
  }

  /** Several members' frequency for one kind. */
  async frequencyOf(
    manager: EntityManager,
    membershipIds: readonly string[],
    kind: NotificationKind,
  ): Promise<Map<string, EmailFrequency>> {
    const rows = membershipIds.length
      ? await manager.find(NotificationPreferenceEntity, { where: { membershipId: In([...membershipIds]), kind } })
      : [];
    const chosen = new Map(rows.map((p) => [p.membershipId, p.frequency]));
    return new Map(membershipIds.map((id) => [id, chosen.get(id) ?? DEFAULT_EMAIL_FREQUENCY[kind]]));
  }
}
