import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { TradeCategory, Weekday } from '@assoc/directory-domain';
import { IsPostcode } from '@assoc/associations-api';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

@InputType()
export class TimeRangeInput {
  @Field() @IsString() @Matches(TIME, { context: { reason: 'isTime' } }) opens!: string;
  @Field() @IsString() @Matches(TIME, { context: { reason: 'isTime' } }) closes!: string;
}

@InputType()
export class DayHoursInput {
  @Field(() => Weekday) @IsEnum(Weekday) day!: Weekday;
  @Field(() => [TimeRangeInput])
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  periods!: TimeRangeInput[];
}

@InputType()
export class UpdateMyShopInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @Field(() => TradeCategory) @IsEnum(TradeCategory) trade!: TradeCategory;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) address!: string;
  @Field() @IsPostcode() postcode!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) town!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 .()-]{6,20}$/, { context: { reason: 'isPhone' } })
  phone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => [DayHoursInput])
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => DayHoursInput)
  openingHours!: DayHoursInput[];
}

@ArgsType()
export class DirectoryArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => TradeCategory, { nullable: true }) @IsOptional() @IsEnum(TradeCategory) trade?: TradeCategory;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
