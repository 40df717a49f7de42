import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TOPIC_NAME_MAX } from '@assoc/network-domain';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Only the fields given change. */
@InputType()
export class UpdateTopicInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOPIC_NAME_MAX)
  name?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() openToConsultants?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
}
