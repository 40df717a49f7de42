import { Injectable } from '@nestjs/common';
import { AppError, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { CashmobEntity } from './cashmob.entity';

/**
 * Which cashmobs a member may see and touch. Every cashmob of the association is visible to its
 * members (consultants have no cashmob permission); one of another association is NOT_FOUND, as if
 * it did not exist. The shop's owner answers and records the result; the organiser answers the
 * shop's other slot; the organiser, the shop's owner and the board (ManageCashmobs) cancel, check
 * people in and see sign-ups' personal data.
 */
@Injectable()
export class CashmobAccess {
  /** The cashmob in the caller's association; locked FOR UPDATE when asked (serialises sign-ups, status changes). */
  async get(manager: EntityManager, member: CurrentMember, id: string, lock = false): Promise<CashmobEntity> {
    const cashmob = await manager.findOne(CashmobEntity, {
      where: { id, associationId: member.associationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!cashmob) throw AppError.notFound();
    return cashmob;
  }

  isHost(member: CurrentMember, cashmob: CashmobEntity): boolean {
    return cashmob.hostMembershipId === member.membershipId;
  }

  isManager(member: CurrentMember, cashmob: CashmobEntity): boolean {
    return (
      this.isHost(member, cashmob) ||
      cashmob.organiserMembershipId === member.membershipId ||
      roleHasPermission(member.role, Permission.ManageCashmobs)
    );
  }

  assertHost(member: CurrentMember, cashmob: CashmobEntity, field = 'id'): void {
    if (!this.isHost(member, cashmob)) throw AppError.field(field, 'notCashmobShop');
  }

  assertOrganiser(member: CurrentMember, cashmob: CashmobEntity, field = 'id'): void {
    if (
      cashmob.organiserMembershipId !== member.membershipId &&
      !roleHasPermission(member.role, Permission.ManageCashmobs)
    )
      throw AppError.field(field, 'notCashmobOrganiser');
  }

  assertManager(member: CurrentMember, cashmob: CashmobEntity, field = 'id'): void {
    if (!this.isManager(member, cashmob)) throw AppError.field(field, 'notCashmobManager');
  }
}
