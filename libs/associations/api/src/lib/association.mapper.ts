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
  return membershipModel(m, m.user, toAssociationModel(m.association), viewer);
}

/** A membership's GraphQL model from its columns, its person's and its association's model, however they were read. */
export function membershipModel(
  m: Pick<MembershipEntity, 'id' | 'role' | 'createdAt' | 'userId' | 'associationId'>,
  user: Parameters<typeof toUserModel>[0],
  association: AssociationModel,
  viewer: Pick<CurrentMember, 'role' | 'userId'> | null,
): MembershipModel {
  return {
    id: m.id,
    role: m.role,
    joinedAt: m.createdAt,
    user: toUserModel(user, maySeeEmail(viewer, m.userId)),
    association,
    associationId: m.associationId,
    userId: m.userId,
  };
}

/** The association's columns its model's resolvers read beyond the GraphQL fields (its `closing` field). */
type AssociationClosingColumns = Pick<
  AssociationEntity,
  'closingRequestedAt' | 'closesAt' | 'closingRequestedByMembershipId'
>;

/** Instants as epoch milliseconds (what the driver's Date holds: it drops the microseconds too). */
const epochMs = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)`;

/**
 * SQL for a read that stays one statement: a subquery answering the model of the association `associationIdSql`
 * (an SQL expression of the caller's query, or a parameter) as JSON text, with the closing's columns its
 * `closing` field reads; turn it into the model with `associationModelFromJson`. Text, so that the driver
 * leaves it as it is: a caller repeating it on each row of a page parses it once.
 */
export function associationModelJson(associationIdSql: string): string {
  return `(SELECT json_build_object('id', association_model.id, 'name', association_model.name,
      'town', association_model.town, 'postcode', association_model.postcode, 'timeZone', association_model."timeZone",
      'currency', association_model.currency, 'quorumPercent', association_model."quorumPercent",
      'majority', association_model.majority, 'secondSignatureAboveCents', association_model."secondSignatureAboveCents",
      'secondFactorRequired', association_model."secondFactorRequired", 'createdAt', ${epochMs('association_model."createdAt"')},
      'closingRequestedAt', ${epochMs('association_model."closingRequestedAt"')}, 'closesAt', ${epochMs('association_model."closesAt"')},
      'closingRequestedByMembershipId', association_model."closingRequestedByMembershipId")::text
      FROM associations association_model WHERE association_model.id = ${associationIdSql})`;
}

/** The model `associationModelJson` answered, as `toAssociationModel` makes it from the entity (for the resolvers). */
export function associationModelFromJson(json: string): AssociationModel & AssociationClosingColumns {
  const a = JSON.parse(json) as Omit<
    AssociationModel & AssociationClosingColumns,
    'createdAt' | 'closingRequestedAt' | 'closesAt'
  > & {
    createdAt: number;
    closingRequestedAt: number | null;
    closesAt: number | null;
  };
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  return {
    ...a,
    createdAt: new Date(a.createdAt),
    closingRequestedAt: date(a.closingRequestedAt),
    closesAt: date(a.closesAt),
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
