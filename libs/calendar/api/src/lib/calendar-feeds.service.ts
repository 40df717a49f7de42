import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import {
  AppConfig,
  AppError,
  Clock,
  CurrentMember,
  isSecretTokenShape,
  newSecretToken,
  secretTokenHash,
} from '@assoc/platform-api';
import { DataSource, IsNull } from 'typeorm';
import { CalendarFeedEntity } from './calendar-feed.entity';

const PURPOSE = 'calendar-feed';

/**
 * Private subscription URLs: a secret token per member, stored as a keyed hash, shown once when
 * made. Renewing revokes the previous URL; revoking leaves none. A feed reads the calendar as its
 * member would, so a member removed from the association gets nothing.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  async renew(member: CurrentMember): Promise<{ url: string; createdAt: Date }> {
    const token = newSecretToken();
    const feed = await this.dataSource.transaction(async (manager) => {
      // A feed made while the account closes lands before its erasure or is refused (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      await manager.update(
        CalendarFeedEntity,
        { membershipId: member.membershipId, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      return manager.save(
        manager.create(CalendarFeedEntity, {
          associationId: member.associationId,
          membershipId: member.membershipId,
          tokenHash: secretTokenHash(PURPOSE, token, this.config.SECRET_KEY),
          revokedAt: null,
          lastReadAt: null,
        }),
      );
    });
    return {
      url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/calendar/feed/${token}.ics`,
      createdAt: feed.createdAt,
    };
  }

  async revoke(member: CurrentMember): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      CalendarFeedEntity,
      { membershipId: member.membershipId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return (result.affected ?? 0) > 0;
  }

  /** When the caller's live feed was made, if they have one (the URL itself is not kept). */
  async current(member: CurrentMember): Promise<Date | null> {
    return (
      (
        await this.dataSource.manager.findOneBy(CalendarFeedEntity, {
          membershipId: member.membershipId,
          revokedAt: IsNull(),
        })
      )?.createdAt ?? null
    );
  }

  /** The member a feed token reads as: BAD_USER_INPUT for a malformed token, NOT_FOUND for an unknown, revoked or removed one. */
  async memberOf(token: string): Promise<CurrentMember> {
    if (!isSecretTokenShape(token)) throw AppError.field('token', 'tokenInvalid');
    const feed = await this.dataSource.manager.findOneBy(CalendarFeedEntity, {
      tokenHash: secretTokenHash(PURPOSE, token, this.config.SECRET_KEY),
      revokedAt: IsNull(),
    });
    const member = feed && (await this.memberships.activeMember(feed.associationId, feed.membershipId));
    if (!feed || !member) throw AppError.notFound();
    await this.dataSource.manager.update(CalendarFeedEntity, { id: feed.id }, { lastReadAt: this.clock.now() });
    return member;
  }
}
