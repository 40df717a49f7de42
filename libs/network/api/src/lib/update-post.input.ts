import { Field, ID, InputType } from '@nestjs/graphql';
import { POST_TEXT_MAX } from '@assoc/network-domain';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class UpdatePostInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsString() @MaxLength(POST_TEXT_MAX) text!: string;
}
