import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CashmobEvent, CashmobStatus, SignUpStatus } from '@assoc/cashmobs-domain';
import { TradeCategory } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-api';

registerEnumType(CashmobStatus, { name: 'CashmobStatus' });
registerEnumType(CashmobEvent, { name: 'CashmobEvent' });
registerEnumType(SignUpStatus, { name: 'CashmobSignUpStatus' });

@ObjectType('CashmobShop')
export class CashmobShopModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The shop owner’s membership.' }) membershipId!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field() address!: string;
  @Field() postcode!: string;
  @Field() town!: string;
}

@ObjectType('CashmobResult')
export class CashmobResultModel {
  @Field(() => Int) salesCount!: number;
  @Field(() => Int) revenueCents!: number;
  @Field(() => Int, { nullable: true }) ordinaryRevenueCents!: number | null;
}

@ObjectType('Cashmob', { description: 'A cashmob as the association’s members see it (no participant data).' })
export class CashmobModel {
  @Field(() => ID) id!: string;
  @Field(() => CashmobStatus) status!: CashmobStatus;
  @Field(() => [CashmobEvent], { description: 'What can happen next (who may do it is checked on the mutation).' })
  allowedEvents!: CashmobEvent[];
  @Field(() => CashmobShopModel) shop!: CashmobShopModel;
  @Field(() => ID) hostMembershipId!: string;
  @Field(() => ID) organiserMembershipId!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() meetingPoint!: string;
  @Field(() => Int) spendMinCents!: number;
  @Field(() => Int) spendMaxCents!: number;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  @Field() message!: string;
  @Field(() => Date, { nullable: true }) counterStartsAt!: Date | null;
  @Field(() => Date, { nullable: true }) counterEndsAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The shop’s message with its other slot or its refusal.' })
  shopMessage!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, { nullable: true, description: 'The public page’s slug, once published.' }) slug!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int) confirmedCount!: number;
  @Field(() => Int) waitingCount!: number;
  @Field(() => Int, { nullable: true }) spotsLeft!: number | null;
  @Field(() => Int) supportCount!: number;
  @Field() supportedByMe!: boolean;
  @Field(() => CashmobResultModel, { nullable: true }) result!: CashmobResultModel | null;
  @Field() createdAt!: Date;
}

@ObjectType('PublicCashmob', { description: 'What the public page shows: nothing about participants beyond counts.' })
export class PublicCashmobModel {
  @Field() slug!: string;
  @Field(() => CashmobStatus) status!: CashmobStatus;
  @Field() associationName!: string;
  /** The association's public slug, for the server-rendered page's link to join its customers (issue 17); not in the schema. */
  associationSlug!: string;
  @Field() timeZone!: string;
  @Field() shopName!: string;
  /** The shop's id and logo address, for the server-rendered page only (its logo and link to /b/:id); not in the schema. */
  shopId!: string;
  shopLogoUrl!: string | null;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field() address!: string;
  @Field() postcode!: string;
  @Field() town!: string;
  @Field() story!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() meetingPoint!: string;
  @Field(() => Int) spendMinCents!: number;
  @Field(() => Int) spendMaxCents!: number;
  @Field(() => Int) confirmedCount!: number;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  @Field(() => Int, { nullable: true }) spotsLeft!: number | null;
  @Field({ description: 'PUBLISHED and not over: the form is open.' }) acceptsSignUps!: boolean;
}

@ObjectType('CashmobSignUpReceipt', {
  description: 'The answer to a public sign-up; the manage link goes only by e-mail.',
})
export class SignUpReceiptModel {
  @Field(() => SignUpStatus) status!: SignUpStatus;
  @Field(() => Int, { nullable: true, description: '1-based rank on the waiting list when WAITING.' }) waitingRank!:
    number | null;
}

@ObjectType('MyCashmobSignUp', { description: 'A sign-up as its owner sees it through the secret link.' })
export class MySignUpModel {
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => SignUpStatus) status!: SignUpStatus;
  @Field(() => Int, { nullable: true }) waitingRank!: number | null;
  @Field(() => Int, { nullable: true }) intendedSpendCents!: number | null;
  @Field(() => Locale) locale!: Locale;
  @Field({ description: 'The check-in code (8 characters, Crockford base32) the QR code shown at the shop encodes.' })
  checkInCode!: string;
  @Field(() => Date, { nullable: true }) checkedInAt!: Date | null;
  @Field(() => PublicCashmobModel) cashmob!: PublicCashmobModel;
}

@ObjectType('CashmobSignUp', { description: 'Personal data: only for the organiser, the shop’s owner and the board.' })
export class CashmobSignUpModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => SignUpStatus) status!: SignUpStatus;
  @Field(() => Int) position!: number;
  @Field(() => Int, { nullable: true }) intendedSpendCents!: number | null;
  @Field() walkIn!: boolean;
  @Field(() => Date, { nullable: true }) checkedInAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('CashmobReport')
export class CashmobReportModel {
  @Field(() => ID) cashmobId!: string;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) checkIns!: number;
  @Field(() => Int) walkIns!: number;
  @Field(() => Int, { nullable: true }) salesCount!: number | null;
  @Field(() => Int, { nullable: true }) revenueCents!: number | null;
  @Field(() => Int, { nullable: true, description: 'Revenue ÷ sales, rounded to the cent (halves away from zero).' })
  averageBasketCents!: number | null;
  @Field(() => Int, { nullable: true }) averageIntendedSpendCents!: number | null;
  @Field(() => Int) intendedTotalCents!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Uplift against the ordinary afternoon in basis points (10000 = +100 %); null when unknown.',
  })
  upliftBp!: number | null;
}

@ObjectType('SuggestedShop')
export class SuggestedShopModel {
  @Field(() => ID) shopId!: string;
  @Field(() => ID) membershipId!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field(() => Date, { nullable: true }) lastCashmobAt!: Date | null;
  @Field(() => Date, { nullable: true }) declinedAt!: Date | null;
  @Field(() => Int) supports!: number;
  @Field(() => Date, { nullable: true, description: 'Skipped shops only: when the cool-down after declining ends.' })
  skippedUntil!: Date | null;
}

@ObjectType('TradeMix')
export class TradeMixModel {
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field(() => Int) shops!: number;
  @Field(() => Int) hadCashmob!: number;
}

@ObjectType('CashmobRotation')
export class CashmobRotationModel {
  @Field(() => [SuggestedShopModel]) suggested!: SuggestedShopModel[];
  @Field(() => [SuggestedShopModel]) skipped!: SuggestedShopModel[];
  @Field(() => [TradeMixModel]) tradeMix!: TradeMixModel[];
}

@ObjectType('CashmobSettings')
export class CashmobSettingsModel {
  @Field(() => Int) leadTimeDays!: number;
}
