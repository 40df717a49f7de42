import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  OFFER_CONDITIONS_MAX,
  OFFER_DESCRIPTION_MAX,
  OFFER_URL_MAX,
  OfferKind,
  REVIEW_REASON_MAX,
} from '@assoc/promotions-domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Types and sizes only; the offer's rules (values per kind, the campaign's requirements) are the domain's. */
@InputType()
export class EnrolOfferInput {
  @Field(() => ID) @IsUUID() campaignId!: string;
  @Field(() => ID, { description: 'The caller’s own shop.' }) @IsUUID() shopId!: string;
  @Field(() => OfferKind) @IsEnum(OfferKind) kind!: OfferKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() percentOff?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() amountOffCents?: number | null;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(OFFER_DESCRIPTION_MAX * 2) description = '';
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(OFFER_CONDITIONS_MAX * 2) conditions = '';
  @Field(() => Int, { nullable: true, description: 'Total uses allowed; null: no limit.' })
  @IsOptional()
  @IsInt()
  maxUses?: number | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Only with personal vouchers, one per customer (e-mail).' })
  @IsBoolean()
  onePerCustomer = false;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() online = false;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(OFFER_URL_MAX * 2) onlineUrl?:
    string | null;
}

/** While enrolment is open; the offer goes back to PENDING. Absent fields keep their value. */
@InputType()
export class UpdateOfferInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => OfferKind, { nullable: true }) @IsOptional() @IsEnum(OfferKind) kind?: OfferKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() percentOff?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() amountOffCents?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(OFFER_DESCRIPTION_MAX * 2) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(OFFER_CONDITIONS_MAX * 2) conditions?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() maxUses?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() onePerCustomer?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() online?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(OFFER_URL_MAX * 2) onlineUrl?:
    string | null;
}

@InputType()
export class ReviewOfferInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required to reject; shown to the shop.' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_REASON_MAX)
  reason?: string | null;
}

@InputType()
export class ClaimVoucherInput {
  @Field(() => ID) @IsUUID() offerId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Optional; kept only with consent, to allow one voucher per person.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The person agrees that their e-mail is kept for this campaign (required with an e-mail).',
  })
  @IsBoolean()
  consent = false;
}

@InputType()
export class RedeemCodeInput {
  @Field({ description: 'As typed or scanned: case, spaces, dashes and look-alikes are forgiven.' })
  @IsString()
  @MaxLength(200)
  code!: string;
  @Field(() => Int, { nullable: true, description: 'The basket, integer cents (optional).' })
  @IsOptional()
  @IsInt()
  basketCents?: number | null;
}
