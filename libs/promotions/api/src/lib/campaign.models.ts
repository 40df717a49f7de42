import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DayHoursModel } from '@assoc/directory-api';
import { TradeCategory } from '@assoc/directory-domain';
import {
  CampaignChannel,
  CampaignEvent,
  CampaignStatus,
  OfferKind,
  OfferStatus,
  RedemptionVerdict,
} from '@assoc/promotions-domain';

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(CampaignEvent, { name: 'CampaignEvent' });
registerEnumType(CampaignChannel, { name: 'CampaignChannel' });
registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(RedemptionVerdict, { name: 'RedemptionVerdict' });

@ObjectType('Campaign', { description: 'A campaign (temps fort) as the association’s members see it.' })
export class CampaignModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() theme!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'Served by the app (PNG, JPEG or WebP).' }) coverUrl!:
    string | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() enrolmentDeadline!: Date;
  @Field(() => CampaignChannel) channels!: CampaignChannel;
  @Field(() => Int, { nullable: true }) minDiscountPercent!: number | null;
  @Field(() => [TradeCategory]) invitedTrades!: TradeCategory[];
  @Field(() => CampaignStatus, { description: 'Computed from the clock at the time of the request.' })
  status!: CampaignStatus;
  @Field(() => [CampaignEvent]) allowedEvents!: CampaignEvent[];
  @Field({ description: 'The public page’s slug (the page is live from PUBLISHED on).' }) slug!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where it came from (issue 17): the idea of the ideas box it was born from, with originLink.',
  })
  originLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'The address of its origin (an idea page).' })
  originLink!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('CampaignShop')
export class CampaignShopModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) membershipId!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
}

@ObjectType('CampaignOffer', {
  description: 'A shop’s offer as members see it (approved ones, one’s own, all for the board).',
})
export class OfferModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => CampaignShopModel) shop!: CampaignShopModel;
  @Field(() => OfferKind) kind!: OfferKind;
  @Field(() => Int, { nullable: true }) percentOff!: number | null;
  @Field(() => Int, { nullable: true }) amountOffCents!: number | null;
  @Field() description!: string;
  @Field() conditions!: string;
  @Field({ description: 'One line saying what it gives, in the caller’s language.' }) headline!: string;
  @Field(() => Int, { nullable: true }) maxUses!: number | null;
  @Field() onePerCustomer!: boolean;
  @Field() online!: boolean;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => OfferStatus) status!: OfferStatus;
  @Field(() => String, { nullable: true }) reviewReason!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field({ description: 'The offer’s own short code, printed on the poster.' }) code!: string;
  @Field(() => Int) redemptionCount!: number;
  @Field() createdAt!: Date;
}

@ObjectType('PublicCampaignShop', { description: 'A shop’s public profile: nothing about its owner.' })
export class PublicShopModel {
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field() address!: string;
  @Field() postcode!: string;
  @Field() town!: string;
  @Field(() => [DayHoursModel]) openingHours!: DayHoursModel[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field({ description: 'An OpenStreetMap search link for the address.' }) mapUrl!: string;
}

@ObjectType('PublicCampaignOffer')
export class PublicOfferModel {
  @Field(() => ID) id!: string;
  @Field(() => OfferKind) kind!: OfferKind;
  @Field(() => Int, { nullable: true }) percentOff!: number | null;
  @Field(() => Int, { nullable: true }) amountOffCents!: number | null;
  @Field() headline!: string;
  @Field() description!: string;
  @Field() conditions!: string;
  @Field() onePerCustomer!: boolean;
  @Field() online!: boolean;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field() code!: string;
  @Field({ description: 'The offer reached its limit of uses.' }) soldOut!: boolean;
  @Field(() => PublicShopModel) shop!: PublicShopModel;
}

@ObjectType('PublicCampaign', {
  description: 'The public campaign page: approved offers and shops’ public profiles only.',
})
export class PublicCampaignModel {
  @Field() slug!: string;
  @Field() associationName!: string;
  /** The association's public slug, for the server-rendered page's link to join its customers (issue 17); not in the schema. */
  associationSlug!: string;
  @Field() timeZone!: string;
  @Field() title!: string;
  @Field() theme!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) coverUrl!: string | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => CampaignChannel) channels!: CampaignChannel;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field() acceptsVoucherClaims!: boolean;
  @Field(() => [TradeCategory], { description: 'The trades of the shops taking part, for the filter.' })
  trades!: TradeCategory[];
  @Field(() => [PublicOfferModel]) offers!: PublicOfferModel[];
  @Field(() => String, { nullable: true, description: 'The idea of the ideas box it was born from (issue 17).' })
  originLabel?: string | null;
  @Field(() => String, { nullable: true, description: 'The idea’s public page.' }) originLink?: string | null;
}

@ObjectType('VoucherReceipt', {
  description: 'A personal single-use voucher, shown once to the person who claimed it.',
})
export class VoucherReceiptModel {
  @Field({ description: 'Grouped for reading: XXXX-XXXX-XXXX-XXXX.' }) code!: string;
  @Field({ description: 'An SVG data URL of the QR code the shop scans.' }) qrCode!: string;
  @Field() headline!: string;
  @Field() shopName!: string;
  @Field() validFrom!: Date;
  @Field() validUntil!: Date;
}

@ObjectType('CodeCheck', { description: 'What the shop’s phone shows for a code; nothing is recorded.' })
export class CodeCheckModel {
  @Field(() => RedemptionVerdict) verdict!: RedemptionVerdict;
  @Field(() => String, { nullable: true, description: 'OFFER or VOUCHER, for the shop’s own codes only.' }) codeKind!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Only for the shop’s own offers.' }) headline!: string | null;
  @Field(() => String, { nullable: true }) conditions!: string | null;
  @Field(() => Int, { nullable: true, description: 'Uses left when the offer is limited.' }) remainingUses!:
    number | null;
  @Field(() => Date, { nullable: true, description: 'ALREADY_USED, the shop’s own voucher: when it was used.' })
  usedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'ALREADY_USED, the shop’s own voucher: the shop that took it.' })
  usedInShop!: string | null;
}

@ObjectType('Redemption')
export class RedemptionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) offerId!: string;
  @Field() headline!: string;
  @Field({ description: 'Redeemed with a personal voucher (else the offer’s code).' }) voucher!: boolean;
  @Field(() => Int, { nullable: true }) basketCents!: number | null;
  @Field() redeemedAt!: Date;
  @Field(() => Int, { nullable: true }) remainingUses!: number | null;
}

@ObjectType('CampaignResultRow', { description: 'One shop on one day (the association’s calendar day).' })
export class ResultRowModel {
  @Field({ description: 'yyyy-mm-dd' }) day!: string;
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field(() => Int) claimed!: number;
  @Field(() => Int) redeemed!: number;
  @Field(() => Int) basketCents!: number;
  @Field(() => Int) basketCount!: number;
}

@ObjectType('CampaignResultTotals')
export class ResultTotalsModel {
  @Field(() => ID, { nullable: true, description: 'Null for the whole campaign.' }) shopId!: string | null;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field(() => Int) claimed!: number;
  @Field(() => Int) redeemed!: number;
  @Field(() => Int) basketCents!: number;
  @Field(() => Int) basketCount!: number;
}

@ObjectType('CampaignResults', {
  description: 'Vouchers claimed, redemptions and baskets; the board sees every shop, a member their own.',
})
export class CampaignResultsModel {
  @Field(() => ID) campaignId!: string;
  @Field() currency!: string;
  @Field(() => ResultTotalsModel) totals!: ResultTotalsModel;
  @Field(() => [ResultTotalsModel]) byShop!: ResultTotalsModel[];
  @Field(() => [ResultRowModel]) byDay!: ResultRowModel[];
}
