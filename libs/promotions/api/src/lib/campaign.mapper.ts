import { AssociationSummary } from '@assoc/associations-api';
import { PublicShop, ShopCard } from '@assoc/directory-api';
import { addressMapUrl, TradeCategory } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-api';
import { acceptsVoucherClaims, allowedCampaignEvents, offerHeadline, statusAt } from '@assoc/promotions-domain';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignEntity } from './campaign.entity';
import { coverUrl } from './cover-storage';
import { CampaignModel, OfferModel, PublicCampaignModel, PublicOfferModel, PublicShopModel } from './campaign.models';

export const lang = (locale: Locale): 'fr' | 'en' => (locale === Locale.EN ? 'en' : 'fr');

export function toCampaignModel(c: CampaignEntity, now: Date): CampaignModel {
  const status = statusAt(c, now);
  return {
    id: c.id,
    title: c.title,
    theme: c.theme,
    description: c.description,
    coverUrl: coverUrl(c.coverFile),
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    enrolmentDeadline: c.enrolmentDeadline,
    channels: c.channels,
    minDiscountPercent: c.minDiscountPercent,
    invitedTrades: c.invitedTrades as TradeCategory[],
    status,
    allowedEvents: allowedCampaignEvents(status),
    slug: c.slug,
    publishedAt: c.publishedAt,
    cancelledAt: c.cancelledAt,
    cancelReason: c.cancelReason,
    originLabel: c.originLabel ?? null,
    originLink: c.originLink ?? null,
    createdAt: c.createdAt,
  };
}

export function toOfferModel(
  o: CampaignOfferEntity,
  shop: Pick<ShopCard, 'id' | 'membershipId' | 'name' | 'trade'>,
  locale: Locale,
): OfferModel {
  return {
    id: o.id,
    campaignId: o.campaignId,
    shop: { id: shop.id, membershipId: shop.membershipId, name: shop.name, trade: shop.trade },
    kind: o.kind,
    percentOff: o.percentOff,
    amountOffCents: o.amountOffCents,
    description: o.description,
    conditions: o.conditions,
    headline: offerHeadline(o, lang(locale)),
    maxUses: o.maxUses,
    onePerCustomer: o.onePerCustomer,
    online: o.online,
    onlineUrl: o.onlineUrl,
    status: o.status,
    reviewReason: o.reviewReason,
    reviewedAt: o.reviewedAt,
    code: o.code,
    redemptionCount: o.redemptionCount,
    createdAt: o.createdAt,
  };
}

/** A shop's public fields only (never the owner, phone or membership). */
export function toPublicShop(shop: PublicShop): PublicShopModel {
  return {
    name: shop.name,
    trade: shop.trade,
    address: shop.address,
    postcode: shop.postcode,
    town: shop.town,
    openingHours: shop.openingHours,
    website: shop.website,
    mapUrl: addressMapUrl(shop),
  };
}

export function toPublicOffer(o: CampaignOfferEntity, shop: PublicShop, locale: Locale): PublicOfferModel {
  return {
    id: o.id,
    kind: o.kind,
    percentOff: o.percentOff,
    amountOffCents: o.amountOffCents,
    headline: offerHeadline(o, lang(locale)),
    description: o.description,
    conditions: o.conditions,
    onePerCustomer: o.onePerCustomer,
    online: o.online,
    onlineUrl: o.onlineUrl,
    code: o.code,
    soldOut: o.maxUses !== null && o.redemptionCount >= o.maxUses,
    shop: toPublicShop(shop),
  };
}

export function toPublicCampaign(
  c: CampaignEntity,
  association: Pick<AssociationSummary, 'name' | 'slug' | 'timeZone'>,
  offers: PublicOfferModel[],
  trades: TradeCategory[],
  now: Date,
): PublicCampaignModel {
  const status = statusAt(c, now);
  return {
    slug: c.slug,
    associationName: association.name,
    associationSlug: association.slug,
    timeZone: association.timeZone,
    title: c.title,
    theme: c.theme,
    description: c.description,
    coverUrl: coverUrl(c.coverFile),
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    channels: c.channels,
    status,
    acceptsVoucherClaims: acceptsVoucherClaims(status),
    trades,
    offers,
    originLabel: c.originLabel ?? null,
    originLink: c.originLink ?? null,
  };
}
