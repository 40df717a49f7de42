import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DayHoursModel } from '@assoc/directory-api';
import { TradeCategory } from '@assoc/directory-domain';
import { WidgetProductMark } from '@assoc/widgets-domain';

@ObjectType('ShowcaseOffer', { description: 'A current offer of the shop, in a campaign open to the public.' })
export class ShowcaseOfferModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'In the visitor’s language.' }) headline!: string;
  @Field() campaign!: string;
  @Field({ description: 'When the campaign ends.' }) until!: Date;
  @Field({ description: 'The campaign’s public page, this offer first.' }) url!: string;
}

@ObjectType('ShowcaseCashmob', { description: 'A published cashmob at the shop, not yet over.' })
export class ShowcaseCashmobModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() place!: string;
  @Field({ description: 'Its public sign-up page.' }) url!: string;
}

@ObjectType('ShowcaseProduct', { description: 'A featured product of the shop.' })
export class ShowcaseProductModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Cents; none when the shop shows no price.' }) priceCents!:
    number | null;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'The product’s own page, when the shop gave one.' }) link!:
    string | null;
  /** Its badge on the server-rendered page (issue 17: "Imaginé avec nos clients", linked to the idea); not in the schema. */
  mark?: WidgetProductMark | null;
}

@ObjectType('ShopShowcase', {
  description:
    'A shop’s public page (/b/:id), where widgets link: its public profile, current offers, upcoming cashmobs and featured products; nothing about its owner.',
})
export class ShopShowcaseModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field() address!: string;
  @Field() postcode!: string;
  @Field() town!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field({ description: 'An OpenStreetMap search link for the address.' }) mapUrl!: string;
  @Field(() => [DayHoursModel]) openingHours!: DayHoursModel[];
  @Field() associationName!: string;
  /** The association's public slug, for the server-rendered page's link to join its customers (issue 17); not in the schema. */
  associationSlug!: string;
  @Field({ description: 'The association’s time zone, for dates.' }) timeZone!: string;
  @Field() currency!: string;
  @Field(() => [ShowcaseOfferModel]) offers!: ShowcaseOfferModel[];
  @Field(() => [ShowcaseCashmobModel]) cashmobs!: ShowcaseCashmobModel[];
  @Field(() => [ShowcaseProductModel]) products!: ShowcaseProductModel[];
}
