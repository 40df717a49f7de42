import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { closingDate } from '@assoc/associations-domain';
import {
  AppConfig,
  AppError,
  Clock,
  CurrentMember,
  Jobs,
  LiveSockets,
  PeriodicJob,
  PersonalData,
  Role,
} from '@assoc/platform-api';
import { ErrorCode } from '@assoc/platform-domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AssociationEntity } from './association.entity';
import { MembershipEntity } from './membership.entity';

const POLL_MS = 10 * 60 * 1000;

/** What the board is told when a closing is asked for or cancelled (in the same transaction). */
export interface AssociationClosingNotice {
  kind: 'REQUESTED' | 'CANCELLED';
  associationId: string;
  /** Who asked or cancelled. */
  actorMembershipId: string;
  /** Every active president and board member but the actor. */
  recipientMembershipIds: string[];
  /** When it closes (the date asked for, for a cancelled one). */
  closesAt: Date;
}

export type AssociationClosingListener = (notice: AssociationClosingNotice, manager: EntityManager) => Promise<void>;

/**
 * Closing an association (issue 25 part 5): the president asks, the board is told and may cancel for
 * ASSOCIATION_CLOSING_GRACE's days, then the AssociationClosings job closes it: every membership is removed
 * (members lose access at their next request; their live subscriptions close) and every domain's
 * `eraseAssociation` runs, in one transaction per association. The notifications domain tells the board
 * through a listener registered here (it depends on associations, not the other way round).
 */
@Injectable()
export class AssociationClosingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;
  private readonly listeners: AssociationClosingListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly personalData: PersonalData,
    private readonly live: LiveSockets,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('AssociationClosings', (now) => this.closeDue(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests move the clock, which runs it
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Adds who is told (the notifications domain, from its module's init). */
  onNotice(listener: AssociationClosingListener): void {
    this.listeners.push(listener);
  }

  /** The president asks to close the association: it closes after the grace period unless the board cancels. */
  async request(member: CurrentMember): Promise<AssociationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const association = await this.locked(manager, member.associationId);
      if (association.closesAt)
        throw new AppError(ErrorCode.CONFLICT, 'associationClosingAlready', [], {
          closesAt: association.closesAt.toISOString().slice(0, 10),
        });
      const now = this.clock.now();
      association.closingRequestedAt = now;
      association.closingRequestedByMembershipId = member.membershipId;
      association.closesAt = closingDate(now);
      await manager.save(association);
      await this.tell(manager, 'REQUESTED', member, association.closesAt);
      return association;
    });
  }

  /** A president or board member cancels the closing during the grace period. */
  async cancel(member: CurrentMember): Promise<AssociationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const association = await this.locked(manager, member.associationId);
      const closesAt = association.closesAt;
      if (!closesAt) throw new AppError(ErrorCode.CONFLICT, 'associationClosingNone');
      association.closingRequestedAt = null;
      association.closingRequestedByMembershipId = null;
      association.closesAt = null;
      await manager.save(association);
      await this.tell(manager, 'CANCELLED', member, closesAt);
      return association;
    });
  }

  /**
   * Closes every association whose grace period is over at `now`, one transaction each (claimed FOR UPDATE
   * SKIP LOCKED, so two instances never close one twice); returns the ids closed.
   */
  async closeDue(now: Date): Promise<string[]> {
    const closed: string[] = [];
    for (;;) {
      const id = await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .createQueryBuilder(AssociationEntity, 'a')
          .where('a."closesAt" <= :now AND a."closedAt" IS NULL', { now })
          .orderBy('a."closesAt"')
          .addOrderBy('a.id')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getOne();
        if (!due) return null;
        await this.close(manager, due, now);
        return due.id;
      });
      if (!id) return closed;
      closed.push(id);
    }
  }

  private async close(manager: EntityManager, association: AssociationEntity, now: Date): Promise<void> {
    const active = await manager.find(MembershipEntity, {
      where: { associationId: association.id, removedAt: IsNull() },
      select: { id: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (active.length) {
      await manager.update(MembershipEntity, { id: In(active.map((m) => m.id)) }, { removedAt: now });
      await this.live.membershipsChanged(
        manager,
        active.map((m) => m.id),
      );
    }
    for (const source of this.personalData.sources()) await source.eraseAssociation(association.id, manager);
    await manager.update(AssociationEntity, { id: association.id }, { closedAt: now });
  }

  private async locked(manager: EntityManager, associationId: string): Promise<AssociationEntity> {
    const association = await manager.findOne(AssociationEntity, {
      where: { id: associationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!association || association.closedAt) throw AppError.notFound();
    return association;
  }

  private async tell(
    manager: EntityManager,
    kind: AssociationClosingNotice['kind'],
    member: CurrentMember,
    closesAt: Date,
  ): Promise<void> {
    const board = await manager.find(MembershipEntity, {
      where: { associationId: member.associationId, removedAt: IsNull(), role: In([Role.PRESIDENT, Role.BOARD]) },
      select: { id: true },
      order: { id: 'ASC' },
    });
    const notice: AssociationClosingNotice = {
      kind,
      associationId: member.associationId,
      actorMembershipId: member.membershipId,
      recipientMembershipIds: board.map((m) => m.id).filter((id) => id !== member.membershipId),
      closesAt,
    };
    for (const listener of this.listeners) await listener(notice, manager);
  }
}
