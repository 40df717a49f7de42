import { Field, ID, InputType } from '@nestjs/graphql';
import { COMMENT_TEXT_MAX } from '@assoc/network-domain';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class UpdateCommentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsString() @MaxLength(COMMENT_TEXT_MAX) text!: string;
}
