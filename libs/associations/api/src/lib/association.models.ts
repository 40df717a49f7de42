import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationStatus, Majority } from '@assoc/associations-domain';
import { Role } from '@assoc/platform-api';
import { UserModel } from '@assoc/identity-api';

registerEnumType(Majority, {
  name: 'Majority',
  description: 'SIMPLE: more for than against; TWO_THIRDS: at least two thirds of votes cast.',
});
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Association')
export class AssociationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() town!: string;
  @Field() postcode!: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Paris' }) timeZone!: string;
  @Field({ description: 'ISO 4217 currency, e.g. EUR' }) currency!: string;
  @Field(() => Int) quorumPercent!: number;
  @Field(() => Majority) majority!: Majority;
  @Field(() => Float, {
    nullable: true,
    description:
      'Two signatures: a project expense above these cents counts once a second board member approves it; null: off.',
  })
  secondSignatureAboveCents!: number | null;
  @Field({ description: 'Those who can act on money, roles or rules must have a second factor to do so (issue 25).' })
  secondFactorRequired!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field() joinedAt!: Date;
  @Field(() => UserModel) user!: UserModel;
  @Field(() => AssociationModel) association!: AssociationModel;
  /** Internal: the association the row belongs to, for field resolvers. */
  associationId!: string;
  userId!: string;
}

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => [MembershipModel], { description: "The person's active memberships, in every association." })
  memberships!: MembershipModel[];
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => UserModel, { nullable: true }) invitedBy!: UserModel | null;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field() associationName!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field() expiresAt!: Date;
  @Field({ description: 'Whether an account exists for the invited e-mail (then log in to accept).' })
  hasAccount!: boolean;
}
