import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationEntity } from './notification.entity';

/** How often each instance looks for digests to send. */
const DIGEST_POLL_MS = 10 * 60 * 1000;

interface DigestCandidate {
  membershipId: string;
  associationId: string;
  day: string;
}

/** Nothing left to send once the claim was taken: undo the claim. */
class NothingToSend extends Error {}

/**
 * The daily digest: once the association's local time has passed DIGEST_HOUR, each member with
 * unread, not yet mailed notifications of kinds they set to DAILY_DIGEST gets one mail listing them.
 * Every instance runs it; the (membership, day) row in notification_digests, inserted with
 * ON CONFLICT DO NOTHING in the transaction that queues the mail and marks the notifications
 * mailed, makes it once per member per day.
 */
@Injectable()
export class NotificationDigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationDigests');
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferencesService,
    private readonly mailer: NotificationMailer,
    private readonly config: AppConfig,
    private readonly memberships: MembershipReads,
    jobs: Jobs,
  ) {
    this.job = jobs.define('NotificationDigests', (now) => this.runDigests(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.DIGEST_WORKER) this.job.start(DIGEST_POLL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Sends the digests due at `now`; returns how many this call sent. */
  async runDigests(now: Date): Promise<number> {
    const kinds = Object.keys(DEFAULT_EMAIL_FREQUENCY);
    const candidates: DigestCandidate[] = await this.dataSource.query(
      `SELECT DISTINCT n."recipientMembershipId" AS "membershipId", n."associationId" AS "associationId",
              to_char(($1::timestamptz AT TIME ZONE a."timeZone")::date, 'YYYY-MM-DD') AS "day"
         FROM notifications n
         JOIN memberships m ON m.id = n."recipientMembershipId" AND m."removedAt" IS NULL
         JOIN associations a ON a.id = n."associationId"
         JOIN unnest($3::text[], $4::text[]) AS d(kind, frequency) ON d.kind = n.kind::text
         LEFT JOIN notification_preferences p ON p."membershipId" = n."recipientMembershipId" AND p.kind = n.kind
        WHERE n."readAt" IS NULL AND n."emailedAt" IS NULL AND n."createdAt" <= $1
          AND COALESCE(p.frequency::text, d.frequency) = '${EmailFrequency.DAILY_DIGEST}'
          AND extract(hour FROM $1::timestamptz AT TIME ZONE a."timeZone") >= $2
          AND NOT EXISTS (
            SELECT 1 FROM notification_digests g
             WHERE g."membershipId" = n."recipientMembershipId" AND g.day = ($1::timestamptz AT TIME ZONE a."timeZone")::date)`,
      [now, this.config.DIGEST_HOUR, kinds, kinds.map((k) => DEFAULT_EMAIL_FREQUENCY[k as NotificationKind])],
    );
    let sent = 0;
    for (const candidate of candidates) {
      try {
        if (await this.send(candidate, now)) sent++;
      } catch (error) {
        if (!(error instanceof NothingToSend))
          this.logger.error(`digest for ${candidate.membershipId} failed: ${String(error)}`);
      }
    }
    return sent;
  }

  /** One member's digest for one day, claimed, queued and marked in one transaction. */
  private send(candidate: DigestCandidate, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager
        .createQueryBuilder()
        .insert()
        .into(NotificationDigestEntity)
        .values({ associationId: candidate.associationId, membershipId: candidate.membershipId, day: candidate.day })
        .orIgnore()
        .returning(['id'])
        .execute();
      const claimId = (claim.raw as { id: string }[])[0]?.id;
      if (!claimId) return false; // another instance sent (or is sending) it
      const frequencies = await this.preferences.frequencies(manager, candidate.membershipId);
      const digestKinds = (Object.keys(frequencies) as NotificationKind[]).filter(
        (kind) => frequencies[kind] === EmailFrequency.DAILY_DIGEST,
      );
      const recipient =
        (await this.memberships.contacts(candidate.associationId, [candidate.membershipId], manager)).find(
          (m) => !m.removed,
        ) ?? null;
      const rows =
        digestKinds.length && recipient
          ? await manager.find(NotificationEntity, {
              where: {
                associationId: candidate.associationId,
                recipientMembershipId: candidate.membershipId,
                kind: In(digestKinds),
                readAt: IsNull(),
                emailedAt: IsNull(),
                createdAt: LessThanOrEqual(now),
              },
              order: { createdAt: 'ASC' },
              lock: { mode: 'pessimistic_write' },
            })
          : [];
      if (!recipient || !rows.length) throw new NothingToSend();
      await this.mailer.mailDigest(manager, recipient, rows);
      await manager.update(NotificationEntity, { id: In(rows.map((n) => n.id)) }, { emailedAt: now });
      await manager.update(NotificationDigestEntity, claimId, { notificationCount: rows.length });
      return true;
    });
  }
}
