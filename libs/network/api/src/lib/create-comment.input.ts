import { Field, ID, InputType } from '@nestjs/graphql';
import { COMMENT_TEXT_MAX } from '@assoc/network-domain';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateCommentInput {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Reply to this comment (a reply to a reply attaches to the same top-level comment).',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field() @IsString() @MaxLength(COMMENT_TEXT_MAX) text!: string;
}
