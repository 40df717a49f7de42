import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class FeedArgs {
  @Field(() => ID, { nullable: true, description: 'Only the posts of this topic.' }) @IsOptional() @IsUUID() topicId?:
    string | null;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) first = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string | null;
}
