import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Topic')
export class TopicModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Consultants see and write in this topic.' }) openToConsultants!: boolean;
  @Field(() => Int, { description: 'Display order, smallest first.' }) position!: number;
  @Field(() => Date, { nullable: true, description: 'Set when archived: no new posts, out of the list.' })
  archivedAt!: Date | null;
}
