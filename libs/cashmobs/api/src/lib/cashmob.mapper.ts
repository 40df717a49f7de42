import { acceptsSignUps, allowedEvents, spotsLeft } from '@assoc/cashmobs-domain';
import { AssociationSummary } from '@assoc/associations-api';
import { logoPath, ShopCard } from '@assoc/directory-api';
import { CashmobCounts } from './cashmob-counts';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';
import { CashmobModel, CashmobSignUpModel, PublicCashmobModel } from './cashmob.models';

export function toCashmobModel(
  c: CashmobEntity,
  shop: ShopCard,
  counts: CashmobCounts,
  supportedByMe: boolean,
): CashmobModel {
  return {
    id: c.id,
    status: c.status,
    allowedEvents: allowedEvents(c.status),
    shop: {
      id: shop.id,
      membershipId: shop.membershipId,
      name: shop.name,
      trade: shop.trade,
      address: shop.address,
      postcode: shop.postcode,
      town: shop.town,
    },
    hostMembershipId: c.hostMembershipId,
    organiserMembershipId: c.organiserMembershipId,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    meetingPoint: c.meetingPoint,
    spendMinCents: c.spendMinCents,
    spendMaxCents: c.spendMaxCents,
    capacity: c.capacity,
    message: c.message,
    counterStartsAt: c.counterStartsAt,
    counterEndsAt: c.counterEndsAt,
    shopMessage: c.shopMessage,
    cancelReason: c.cancelReason,
    slug: c.publishedAt ? c.slug : null,
    publishedAt: c.publishedAt,
    confirmedCount: counts.confirmed,
    waitingCount: counts.waiting,
    spotsLeft: spotsLeft(c.capacity, counts.confirmed),
    supportCount: counts.supports,
    supportedByMe,
    result:
      c.salesCount !== null && c.revenueCents !== null
        ? { salesCount: c.salesCount, revenueCents: c.revenueCents, ordinaryRevenueCents: c.ordinaryRevenueCents }
        : null,
    createdAt: c.createdAt,
  };
}

/** What the public page shows of a cashmob itself. */
export type PublicCashmobFields = Pick<
  CashmobEntity,
  | 'slug'
  | 'status'
  | 'message'
  | 'startsAt'
  | 'endsAt'
  | 'meetingPoint'
  | 'spendMinCents'
  | 'spendMaxCents'
  | 'capacity'
>;

export function toPublicCashmobModel(
  c: PublicCashmobFields,
  shop: ShopCard,
  association: Pick<AssociationSummary, 'name' | 'slug' | 'timeZone'>,
  confirmed: number,
  now: Date,
): PublicCashmobModel {
  return {
    slug: c.slug,
    status: c.status,
    associationName: association.name,
    associationSlug: association.slug,
    timeZone: association.timeZone,
    shopName: shop.name,
    shopId: shop.id,
    shopLogoUrl: logoPath(shop.logoFile ?? null),
    trade: shop.trade,
    address: shop.address,
    postcode: shop.postcode,
    town: shop.town,
    story: c.message,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    meetingPoint: c.meetingPoint,
    spendMinCents: c.spendMinCents,
    spendMaxCents: c.spendMaxCents,
    confirmedCount: confirmed,
    capacity: c.capacity,
    spotsLeft: spotsLeft(c.capacity, confirmed),
    acceptsSignUps: acceptsSignUps(c.status, c.endsAt, now),
  };
}

export function toSignUpModel(s: CashmobSignUpEntity): CashmobSignUpModel {
  return {
    id: s.id,
    firstName: s.firstName,
    email: s.email,
    status: s.status,
    position: s.position,
    intendedSpendCents: s.intendedSpendCents,
    walkIn: s.walkIn,
    checkedInAt: s.checkedInAt,
    createdAt: s.createdAt,
  };
}
