import { Field, ID, InputType } from '@nestjs/graphql';
import { ReactionEmoji } from '@assoc/network-domain';
import { IsEnum, IsUUID } from 'class-validator';

@InputType()
export class ReactionInput {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => ReactionEmoji) @IsEnum(ReactionEmoji) emoji!: ReactionEmoji;
}
