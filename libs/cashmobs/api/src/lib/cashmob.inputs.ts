import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CASHMOB_MESSAGE_MAX,
  DEFAULT_SPEND_MAX_CENTS,
  DEFAULT_SPEND_MIN_CENTS,
  EMAIL_MAX,
  MEETING_POINT_MAX,
} from '@assoc/cashmobs-domain';
import { Locale } from '@assoc/platform-api';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Types and sizes only; the rules (lead time, order, ranges) are the domain's, checked by the services. */
@InputType()
export class ProposeCashmobInput {
  @Field(() => ID) @IsUUID() shopId!: string;
  @Field() @IsDate() startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;
  @Field() @IsString() @MaxLength(MEETING_POINT_MAX) meetingPoint!: string;
  @Field(() => Int, { defaultValue: DEFAULT_SPEND_MIN_CENTS }) @IsInt() spendMinCents = DEFAULT_SPEND_MIN_CENTS;
  @Field(() => Int, { defaultValue: DEFAULT_SPEND_MAX_CENTS }) @IsInt() spendMaxCents = DEFAULT_SPEND_MAX_CENTS;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() capacity?: number | null;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(CASHMOB_MESSAGE_MAX) message = '';
}

@InputType()
export class UpdateCashmobInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(MEETING_POINT_MAX) meetingPoint?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(CASHMOB_MESSAGE_MAX) message?: string;
  @Field(() => Int, { nullable: true, description: 'Null removes the limit; raising it moves the waiting list up.' })
  @IsOptional()
  @IsInt()
  capacity?: number | null;
}

@InputType()
export class ProposeOtherSlotInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsDate() startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(CASHMOB_MESSAGE_MAX) message = '';
}

@InputType()
export class RecordCashmobResultInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() salesCount!: number;
  @Field(() => Int) @IsInt() revenueCents!: number;
  @Field(() => Int, { nullable: true, description: 'The revenue of an ordinary comparable afternoon, for the uplift.' })
  @IsOptional()
  @IsInt()
  ordinaryRevenueCents?: number | null;
}

@InputType()
export class SignUpToCashmobInput {
  @Field() @IsString() @MaxLength(200) firstName!: string;
  @Field() @IsString() @MaxLength(EMAIL_MAX) email!: string;
  @Field(() => Int) @IsInt() intendedSpendCents!: number;
  @Field(() => Locale, { defaultValue: Locale.FR }) @IsEnum(Locale) locale: Locale = Locale.FR;
  @Field({
    description: 'The person agrees that their first name and e-mail are kept for this cashmob (must be true).',
  })
  @IsBoolean()
  consent!: boolean;
}
