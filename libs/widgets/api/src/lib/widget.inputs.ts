import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TradeCategory } from '@assoc/directory-domain';
import {
  PRODUCT_LINK_MAX,
  PRODUCT_NAME_MAX,
  PRODUCT_TEXT_MAX,
  WIDGET_NAME_MAX,
  WIDGET_SHOPS_MAX,
  WidgetContent,
  WidgetLanguage,
  WidgetSize,
} from '@assoc/widgets-domain';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Types and sizes only; the rules (colours, limits, shops of the association) are the domain's and the service's. */
@InputType()
export class CreateWidgetInput {
  @Field({ description: 'For the association only (the widget shows the association’s name).' })
  @IsString()
  @MaxLength(WIDGET_NAME_MAX * 2)
  name!: string;
  @Field(() => [WidgetContent])
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(WidgetContent, { each: true })
  contents!: WidgetContent[];
  @Field(() => [ID], { defaultValue: [], description: 'Shops shown; empty: every shop.' })
  @IsArray()
  @ArrayMaxSize(WIDGET_SHOPS_MAX * 2)
  @IsUUID('all', { each: true })
  shopIds: string[] = [];
  @Field(() => [TradeCategory], { defaultValue: [], description: 'Trades shown; empty: every trade.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsEnum(TradeCategory, { each: true })
  trades: TradeCategory[] = [];
  @Field(() => WidgetLanguage, { defaultValue: WidgetLanguage.FR }) @IsEnum(WidgetLanguage) language: WidgetLanguage =
    WidgetLanguage.FR;
  @Field(() => WidgetSize, { defaultValue: WidgetSize.MEDIUM }) @IsEnum(WidgetSize) size: WidgetSize =
    WidgetSize.MEDIUM;
  @Field(() => Int, { defaultValue: 6, description: 'Items shown in all (1–24), shared fairly between the kinds.' })
  @IsInt()
  maxItems = 6;
  @Field(() => String, { defaultValue: '#1d4ed8', description: '#rgb or #rrggbb.' })
  @IsString()
  @MaxLength(32)
  accentColor = '#1d4ed8';
  @Field(() => String, { defaultValue: '#ffffff' }) @IsString() @MaxLength(32) backgroundColor = '#ffffff';
  @Field(() => String, { defaultValue: '#1f2937' }) @IsString() @MaxLength(32) textColor = '#1f2937';
}

/** Absent fields keep their value. */
@InputType()
export class UpdateWidgetInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(WIDGET_NAME_MAX * 2) name?: string;
  @Field(() => [WidgetContent], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(WidgetContent, { each: true })
  contents?: WidgetContent[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(WIDGET_SHOPS_MAX * 2)
  @IsUUID('all', { each: true })
  shopIds?: string[];
  @Field(() => [TradeCategory], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsEnum(TradeCategory, { each: true })
  trades?: TradeCategory[];
  @Field(() => WidgetLanguage, { nullable: true }) @IsOptional() @IsEnum(WidgetLanguage) language?: WidgetLanguage;
  @Field(() => WidgetSize, { nullable: true }) @IsOptional() @IsEnum(WidgetSize) size?: WidgetSize;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() maxItems?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(32) accentColor?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(32) backgroundColor?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(32) textColor?: string;
}

@InputType()
export class CreateFeaturedProductInput {
  @Field() @IsString() @MaxLength(PRODUCT_NAME_MAX * 2) name!: string;
  @Field(() => Int, { nullable: true, description: 'Integer cents; null: no price shown.' })
  @IsOptional()
  @IsInt()
  priceCents?: number | null;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(PRODUCT_TEXT_MAX * 2) text = '';
  @Field(() => String, { nullable: true, description: 'http(s); null: the widget links to the shop.' })
  @IsOptional()
  @IsString()
  @MaxLength(PRODUCT_LINK_MAX * 2)
  link?: string | null;
}

/** Absent fields keep their value; null clears the price or the link. */
@InputType()
export class UpdateFeaturedProductInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(PRODUCT_NAME_MAX * 2) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() priceCents?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(PRODUCT_TEXT_MAX * 2) text?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(PRODUCT_LINK_MAX * 2) link?:
    string | null;
}
