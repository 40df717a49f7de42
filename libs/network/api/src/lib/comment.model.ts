import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Comment', {
  description: 'A comment, or a reply to one (parentId set). `text` may hold mention tokens @[Name](membershipId).',
})
export class CommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) postId!: string;
  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to.' }) parentId!: string | null;
  @Field() text!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden; only for its author and moderators.' })
  hiddenReason!: string | null;
  @Field() mine!: boolean;
  /** Internal, for field resolvers. */
  associationId!: string;
  authorMembershipId!: string;
}
