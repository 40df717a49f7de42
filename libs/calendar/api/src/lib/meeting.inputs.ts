import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class MeetingFieldsInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) agenda?: string | null;
  @Field(() => Date) @Type(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Date) @Type(() => Date) @IsDate() endsAt!: Date;
}

@InputType()
export class CreateMeetingInput extends MeetingFieldsInput {}

@InputType()
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;
}
