import { CampaignStatus } from './campaign-status';
import { OfferStatus } from './offer-rules';

/** What the shop's phone says about a scanned or typed code. */
export enum RedemptionVerdict {
  VALID = 'VALID',
  ALREADY_USED = 'ALREADY_USED',
  EXPIRED = 'EXPIRED',
  NOT_STARTED = 'NOT_STARTED',
  NOT_THIS_SHOP = 'NOT_THIS_SHOP',
  UNKNOWN = 'UNKNOWN',
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** An offer limited to one per customer is redeemed with the customer's personal voucher only. */
  VOUCHER_REQUIRED = 'VOUCHER_REQUIRED',
}

/** The facts found for a code (null when no code of the association matches). */
export interface CodeFacts {
  kind: 'OFFER' | 'VOUCHER';
  offerShopId: string;
  offerStatus: OfferStatus;
  campaignStatus: CampaignStatus;
  maxUses: number | null;
  redemptionCount: number;
  onePerCustomer: boolean;
  /** For a voucher: when it was used, if it was. */
  redeemedAt: Date | null;
}

/**
 * The verdict, in this order: UNKNOWN (no such code, an offer not approved, a campaign never
 * public), NOT_THIS_SHOP (another shop's offer: nothing more is said about it), ALREADY_USED
 * (a used voucher), EXPIRED (finished or cancelled), NOT_STARTED, VOUCHER_REQUIRED (the offer's own
 * code for a one-per-customer offer), LIMIT_REACHED, else VALID.
 */
export function redemptionVerdict(facts: CodeFacts | null, myShopId: string | null): RedemptionVerdict {
  if (!facts || facts.offerStatus !== OfferStatus.APPROVED) return RedemptionVerdict.UNKNOWN;
  if ([CampaignStatus.DRAFT, CampaignStatus.ENROLLING].includes(facts.campaignStatus)) return RedemptionVerdict.UNKNOWN;
  if (facts.offerShopId !== myShopId) return RedemptionVerdict.NOT_THIS_SHOP;
  if (facts.kind === 'VOUCHER' && facts.redeemedAt) return RedemptionVerdict.ALREADY_USED;
  if (facts.campaignStatus === CampaignStatus.FINISHED || facts.campaignStatus === CampaignStatus.CANCELLED)
    return RedemptionVerdict.EXPIRED;
  if (facts.campaignStatus !== CampaignStatus.RUNNING) return RedemptionVerdict.NOT_STARTED;
  if (facts.kind === 'OFFER' && facts.onePerCustomer) return RedemptionVerdict.VOUCHER_REQUIRED;
  if (facts.maxUses !== null && facts.redemptionCount >= facts.maxUses) return RedemptionVerdict.LIMIT_REACHED;
  return RedemptionVerdict.VALID;
}

/** The catalogue reason a refused redemption gives on the `code` field. */
export const VERDICT_REASONS: Readonly<Record<Exclude<RedemptionVerdict, RedemptionVerdict.VALID>, string>> = {
  [RedemptionVerdict.ALREADY_USED]: 'codeAlreadyUsed',
  [RedemptionVerdict.EXPIRED]: 'codeExpired',
  [RedemptionVerdict.NOT_STARTED]: 'codeNotStarted',
  [RedemptionVerdict.NOT_THIS_SHOP]: 'codeNotThisShop',
  [RedemptionVerdict.UNKNOWN]: 'codeUnknown',
  [RedemptionVerdict.LIMIT_REACHED]: 'codeLimitReached',
  [RedemptionVerdict.VOUCHER_REQUIRED]: 'codeVoucherRequired',
};

/** A basket amount is optional; when given, whole cents from 0 to MAX_BASKET_CENTS. */
export const MAX_BASKET_CENTS = 10_000_000;

export function basketProblems(
  cents: number | null,
): { path: string; reason: string; params?: Record<string, number> }[] {
  if (cents === null) return [];
  if (!Number.isSafeInteger(cents)) return [{ path: 'basketCents', reason: 'isInt' }];
  if (cents < 0) return [{ path: 'basketCents', reason: 'min', params: { min: 0 } }];
  if (cents > MAX_BASKET_CENTS) return [{ path: 'basketCents', reason: 'max', params: { max: MAX_BASKET_CENTS } }];
  return [];
}
