import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AssociationClosing', {
  description: 'A closing asked for by the president: the association closes at closesAt unless the board cancels.',
})
export class AssociationClosingModel {
  @Field() requestedAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => String, { nullable: true, description: 'The membership of who asked (null once they left).' })
  requestedByMembershipId!: string | null;
}
