import { Field, InputType } from '@nestjs/graphql';
import { TOPIC_NAME_MAX } from '@assoc/network-domain';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class CreateTopicInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(TOPIC_NAME_MAX) name!: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() openToConsultants = false;
}
