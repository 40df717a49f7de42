import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { wouldLeaveNoPresident } from '@assoc/associations-domain';
import {
  AppError,
  Clock,
  CurrentMember,
  grantableRoles,
  LiveSockets,
  MembershipLookup,
  Role,
} from '@assoc/platform-api';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { MembershipEntity } from './membership.entity';

/**
 * Who belongs to an association and with which role. Rules that concurrency could break (always
 * one president) are checked with the association's presidents locked (SELECT ... FOR UPDATE).
 */
@Injectable()
export class MembersService extends MembershipLookup {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly clock: Clock,
    private readonly live: LiveSockets,
  ) {
    super();
  }

  async activeMembership(userId: string, associationId: string): Promise<CurrentMember | null> {
    const m = await this.memberships.findOne({ where: { userId, associationId, removedAt: IsNull() } });
    return m ? { membershipId: m.id, associationId: m.associationId, userId: m.userId, role: m.role } : null;
  }

  /** An active membership of the caller's association, with user and association; NOT_FOUND otherwise (even if it exists elsewhere). */
  async get(member: CurrentMember, membershipId: string): Promise<MembershipEntity> {
    const found = await this.memberships.findOne({
      where: { id: membershipId, associationId: member.associationId, removedAt: IsNull() },
      relations: { user: true, association: true },
    });
    if (!found) throw AppError.notFound();
    return found;
  }

  /** One's own membership (any association), with user and association loaded. */
  async ownMembership(userId: string, membershipId: string): Promise<MembershipEntity> {
    const found = await this.memberships.findOne({
      where: { id: membershipId, userId },
      relations: { user: true, association: true },
    });
    if (!found) throw AppError.notFound();
    return found;
  }

  async changeRole(member: CurrentMember, membershipId: string, role: Role): Promise<MembershipEntity> {
    if (!grantableRoles(member.role).includes(role)) throw AppError.field('role', 'roleNotGrantable');
    await this.dataSource.transaction(async (manager) => {
      const presidents = await this.lockPresidents(manager, member.associationId);
      const target = await this.lockActive(manager, member.associationId, membershipId);
      // The board may not change a president's role.
      if (target.role === Role.PRESIDENT && member.role !== Role.PRESIDENT)
        throw AppError.field('role', 'roleNotGrantable');
      if (wouldLeaveNoPresident(target.role, role, presidents)) throw AppError.field('role', 'lastPresident');
      await manager.update(MembershipEntity, target.id, { role });
      // Live sockets opened with the former role close (4403); the client reconnects with the new one.
      if (target.role !== role) await this.live.membershipsChanged(manager, [target.id]);
    });
    return this.get(member, membershipId);
  }

  /** Removes a member; the row stays (removedAt) so their past actions remain attributed. */
  async remove(member: CurrentMember, membershipId: string): Promise<void> {
    if (membershipId === member.membershipId) throw AppError.field('membershipId', 'cannotRemoveSelf');
    await this.dataSource.transaction(async (manager) => {
      const presidents = await this.lockPresidents(manager, member.associationId);
      const target = await this.lockActive(manager, member.associationId, membershipId);
      if (target.role === Role.PRESIDENT && member.role !== Role.PRESIDENT) throw AppError.forbidden();
      if (wouldLeaveNoPresident(target.role, null, presidents)) throw AppError.field('role', 'lastPresident');
      await manager.update(MembershipEntity, target.id, { removedAt: this.clock.now() });
      await this.live.membershipsChanged(manager, [target.id]);
    });
  }

  async leave(member: CurrentMember): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const presidents = await this.lockPresidents(manager, member.associationId);
      const target = await this.lockActive(manager, member.associationId, member.membershipId);
      if (wouldLeaveNoPresident(target.role, null, presidents)) throw AppError.field('role', 'lastPresident');
      await manager.update(MembershipEntity, target.id, { removedAt: this.clock.now() });
      await this.live.membershipsChanged(manager, [target.id]);
    });
  }

  private async lockActive(
    manager: EntityManager,
    associationId: string,
    membershipId: string,
  ): Promise<MembershipEntity> {
    const target = await manager.findOne(MembershipEntity, {
      where: { id: membershipId, associationId, removedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!target) throw AppError.notFound();
    return target;
  }

  /**
   * Locks the association's presidents, always first and in id order, so that concurrent role
   * changes queue up instead of both seeing two presidents (or deadlocking). Returns their count.
   */
  private async lockPresidents(manager: EntityManager, associationId: string): Promise<number> {
    const presidents = await manager.find(MembershipEntity, {
      where: { associationId, role: Role.PRESIDENT, removedAt: IsNull() },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return presidents.length;
  }
}
