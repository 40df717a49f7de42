import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ReactionEmoji } from '@assoc/network-domain';
import { IsEnum, IsUUID } from 'class-validator';

@ArgsType()
export class ReactorsArgs {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => ReactionEmoji) @IsEnum(ReactionEmoji) emoji!: ReactionEmoji;
}
