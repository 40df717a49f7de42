import { CampaignChannel, channelAllows, percentProblems } from './campaign-rules';
import { PromotionProblem } from './problems';

/** What a shop gives. */
export enum OfferKind {
  /** A percentage off (percentOff 1–100). */
  PERCENT_OFF = 'PERCENT_OFF',
  /** An amount off (amountOffCents > 0). */
  AMOUNT_OFF = 'AMOUNT_OFF',
  /** A gift with a purchase (described in `description`). */
  GIFT = 'GIFT',
  /** A free service (described in `description`). */
  FREE_SERVICE = 'FREE_SERVICE',
  /** Anything else, in free text (`description`). */
  SPECIAL = 'SPECIAL',
}

/** Where an offer stands with the board. */
export enum OfferStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export const OFFER_DESCRIPTION_MAX = 300;
export const OFFER_CONDITIONS_MAX = 500;
export const OFFER_URL_MAX = 500;
export const REVIEW_REASON_MAX = 500;
/** Upper bound for an amount off (10,000 EUR) and for a use limit: sane values inside int4. */
export const MAX_AMOUNT_OFF_CENTS = 1_000_000;
export const MAX_OFFER_USES = 100_000;

export interface OfferDraft {
  kind: OfferKind;
  percentOff: number | null;
  amountOffCents: number | null;
  /** What is given: required for GIFT, FREE_SERVICE and SPECIAL, an optional headline otherwise. */
  description: string;
  conditions: string;
  /** Total uses allowed (≥ 1), or null for no limit. */
  maxUses: number | null;
  /** Only personal vouchers count, one per customer (e-mail). */
  onePerCustomer: boolean;
  /** Also applies in the shop's online store, at `onlineUrl`. */
  online: boolean;
  onlineUrl: string | null;
}

/** What the campaign asks of offers, and the shop they are for. */
export interface OfferContext {
  channels: CampaignChannel;
  minDiscountPercent: number | null;
  /** Trades invited (empty: every trade). */
  invitedTrades: readonly string[];
  shopTrade: string;
}

const NEEDS_TEXT = new Set([OfferKind.GIFT, OfferKind.FREE_SERVICE, OfferKind.SPECIAL]);

/** An http(s) address, at most OFFER_URL_MAX characters. */
export function isWebLink(value: string): boolean {
  if (value.length > OFFER_URL_MAX) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function valueProblems(draft: OfferDraft, context: OfferContext): PromotionProblem[] {
  const problems: PromotionProblem[] = [];
  if (draft.kind === OfferKind.PERCENT_OFF) {
    if (draft.percentOff === null) problems.push({ path: 'percentOff', reason: 'offerValueRequired' });
    else {
      const percent = percentProblems('percentOff', draft.percentOff);
      problems.push(...percent);
      if (!percent.length && context.minDiscountPercent !== null && draft.percentOff < context.minDiscountPercent)
        problems.push({ path: 'percentOff', reason: 'belowMinDiscount', params: { min: context.minDiscountPercent } });
    }
  } else if (draft.percentOff !== null) problems.push({ path: 'percentOff', reason: 'offerValueNotExpected' });
  if (draft.kind === OfferKind.AMOUNT_OFF) {
    const cents = draft.amountOffCents;
    if (cents === null) problems.push({ path: 'amountOffCents', reason: 'offerValueRequired' });
    else if (!Number.isSafeInteger(cents)) problems.push({ path: 'amountOffCents', reason: 'isInt' });
    else if (cents < 1) problems.push({ path: 'amountOffCents', reason: 'min', params: { min: 1 } });
    else if (cents > MAX_AMOUNT_OFF_CENTS)
      problems.push({ path: 'amountOffCents', reason: 'max', params: { max: MAX_AMOUNT_OFF_CENTS } });
  } else if (draft.amountOffCents !== null) problems.push({ path: 'amountOffCents', reason: 'offerValueNotExpected' });
  return problems;
}

/**
 * Every problem of an offer for a campaign, field by field: the value its kind needs (percentOff
 * 1–100 and at least the campaign's minimum; amountOffCents ≥ 1 cent), the text of a gift, free
 * service or special, conditions length, the use limit (≥ 1), the online link when it applies
 * online, the campaign's channels, and the shop's trade among those invited (on `shopId`).
 * The campaign's minimum discount concerns percentage offers only: other kinds cannot be compared.
 */
export function offerProblems(draft: OfferDraft, context: OfferContext): PromotionProblem[] {
  const problems = valueProblems(draft, context);
  const description = draft.description.trim();
  if (NEEDS_TEXT.has(draft.kind) && !description) problems.push({ path: 'description', reason: 'isNotEmpty' });
  else if (description.length > OFFER_DESCRIPTION_MAX)
    problems.push({ path: 'description', reason: 'maxLength', params: { max: OFFER_DESCRIPTION_MAX } });
  if (draft.conditions.trim().length > OFFER_CONDITIONS_MAX)
    problems.push({ path: 'conditions', reason: 'maxLength', params: { max: OFFER_CONDITIONS_MAX } });
  if (draft.maxUses !== null) {
    if (!Number.isSafeInteger(draft.maxUses)) problems.push({ path: 'maxUses', reason: 'isInt' });
    else if (draft.maxUses < 1) problems.push({ path: 'maxUses', reason: 'min', params: { min: 1 } });
    else if (draft.maxUses > MAX_OFFER_USES)
      problems.push({ path: 'maxUses', reason: 'max', params: { max: MAX_OFFER_USES } });
  }
  if (draft.online) {
    if (!channelAllows(context.channels, 'ONLINE')) problems.push({ path: 'online', reason: 'channelNotInCampaign' });
    else if (!draft.onlineUrl?.trim()) problems.push({ path: 'onlineUrl', reason: 'onlineLinkRequired' });
    else if (!isWebLink(draft.onlineUrl.trim())) problems.push({ path: 'onlineUrl', reason: 'isUrl' });
  } else if (!channelAllows(context.channels, 'IN_STORE'))
    problems.push({ path: 'online', reason: 'channelNotInCampaign' });
  if (context.invitedTrades.length && !context.invitedTrades.includes(context.shopTrade))
    problems.push({ path: 'shopId', reason: 'tradeNotInvited' });
  return problems;
}

/** One line saying what the offer gives, for the public page, the poster and the CSV. */
export function offerHeadline(
  offer: Pick<OfferDraft, 'kind' | 'percentOff' | 'amountOffCents' | 'description'>,
  locale: 'fr' | 'en',
): string {
  const fr = locale === 'fr';
  const amount = (cents: number) =>
    fr
      ? `${(cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '')} €`
      : `€${(cents / 100).toFixed(2).replace(/\.00$/, '')}`;
  switch (offer.kind) {
    case OfferKind.PERCENT_OFF:
      return fr ? `-${offer.percentOff} %` : `${offer.percentOff}% off`;
    case OfferKind.AMOUNT_OFF:
      return fr ? `-${amount(offer.amountOffCents ?? 0)}` : `${amount(offer.amountOffCents ?? 0)} off`;
    case OfferKind.GIFT:
      return fr ? `Cadeau : ${offer.description.trim()}` : `Gift: ${offer.description.trim()}`;
    case OfferKind.FREE_SERVICE:
      return fr ? `Offert : ${offer.description.trim()}` : `Free: ${offer.description.trim()}`;
    default:
      return offer.description.trim();
  }
}
