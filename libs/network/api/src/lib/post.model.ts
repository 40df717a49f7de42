import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Post', {
  description: 'A post of the feed. `text` is plain text with line breaks and mention tokens @[Name](membershipId).',
})
export class PostModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Set when the author edited the text ("modifié").' })
  editedAt!: Date | null;
  @Field({ description: 'A pinned announcement, shown first.' }) pinned!: boolean;
  @Field({ description: 'Hidden by a moderator: only its author and moderators can still open it.' }) hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden; only for its author and moderators.' })
  hiddenReason!: string | null;
  @Field({ description: 'Written by the caller (may edit and delete it).' }) mine!: boolean;
  /** Internal, for field resolvers. */
  associationId!: string;
  authorMembershipId!: string;
  topicId!: string | null;
}
