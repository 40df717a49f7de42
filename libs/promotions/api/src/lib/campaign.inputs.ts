import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TradeCategory } from '@assoc/directory-domain';
import {
  CAMPAIGN_DESCRIPTION_MAX,
  CAMPAIGN_THEME_MAX,
  CAMPAIGN_TITLE_MAX,
  CampaignChannel,
} from '@assoc/promotions-domain';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Types and sizes only; the rules (order of dates, percentages) are the domain's, checked by the service. */
@InputType()
export class CreateCampaignInput {
  @Field() @IsString() @MaxLength(CAMPAIGN_TITLE_MAX * 2) title!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(CAMPAIGN_THEME_MAX * 2) theme = '';
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(CAMPAIGN_DESCRIPTION_MAX * 2) description = '';
  @Field({ description: 'UTC instant; the client converts from the association’s time zone.' })
  @IsDate()
  startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;
  @Field({ description: 'Shops enrol until then; at the latest the start.' }) @IsDate() enrolmentDeadline!: Date;
  @Field(() => CampaignChannel, { defaultValue: CampaignChannel.BOTH })
  @IsEnum(CampaignChannel)
  channels: CampaignChannel = CampaignChannel.BOTH;
  @Field(() => Int, { nullable: true, description: 'Percentage offers give at least this much (1–100).' })
  @IsOptional()
  @IsInt()
  minDiscountPercent?: number | null;
  @Field(() => [TradeCategory], { defaultValue: [], description: 'Trades invited; empty: every trade.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsEnum(TradeCategory, { each: true })
  invitedTrades: TradeCategory[] = [];
}

/** Only while DRAFT; absent fields keep their value. */
@InputType()
export class UpdateCampaignInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(CAMPAIGN_TITLE_MAX * 2) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(CAMPAIGN_THEME_MAX * 2) theme?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(CAMPAIGN_DESCRIPTION_MAX * 2) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() startsAt?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() endsAt?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() enrolmentDeadline?: Date;
  @Field(() => CampaignChannel, { nullable: true }) @IsOptional() @IsEnum(CampaignChannel) channels?: CampaignChannel;
  @Field(() => Int, { nullable: true, description: 'Null removes the minimum.' })
  @IsOptional()
  @IsInt()
  minDiscountPercent?: number | null;
  @Field(() => [TradeCategory], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsEnum(TradeCategory, { each: true })
  invitedTrades?: TradeCategory[];
}
