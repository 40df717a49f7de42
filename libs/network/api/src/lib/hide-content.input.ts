import { Field, ID, InputType } from '@nestjs/graphql';
import { MODERATION_REASON_MAX } from '@assoc/network-domain';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

/** Hiding a post or a comment: the reason is told to its author. */
@InputType()
export class HideContentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(MODERATION_REASON_MAX) reason!: string;
}
