import { CurrentMember, Role } from '@assoc/platform-api';
import { toUserModel } from '@assoc/identity-api';
import { effectiveInvitationStatus } from '@assoc/associations-domain';
import { AssociationEntity } from './association.entity';
import { AssociationModel, InvitationModel, MembershipModel } from './association.models';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

export function toAssociationModel(a: AssociationEntity): AssociationModel {
  return { ...a };
}

/** Presidents and board see members' e-mails; others see their own only. */
export function maySeeEmail(viewer: Pick<CurrentMember, 'role' | 'userId'> | null, ofUserId: string): boolean {
  return !viewer || viewer.userId === ofUserId || viewer.role === Role.PRESIDENT || viewer.role === Role.BOARD;
}

/** Needs the entity loaded with its user and association. */
export function toMembershipModel(
  m: MembershipEntity,
  viewer: Pick<CurrentMember, 'role' | 'userId'> | null,
): MembershipModel {
  if (!m.user || !m.association) throw new Error('membership loaded without user or association');
  return {
    id: m.id,
    role: m.role,
    joinedAt: m.createdAt,
    user: toUserModel(m.user, maySeeEmail(viewer, m.userId)),
    association: toAssociationModel(m.association),
    associationId: m.associationId,
    userId: m.userId,
  };
}

export function toInvitationModel(i: InvitationEntity, now: Date): InvitationModel {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: effectiveInvitationStatus(i.status, i.expiresAt, now),
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    invitedBy: i.invitedBy ? toUserModel(i.invitedBy) : null,
  };
}
