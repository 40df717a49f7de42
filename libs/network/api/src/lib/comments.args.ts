import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class CommentsArgs {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string | null;
}
