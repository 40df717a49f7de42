import {
  basketProblems,
  CampaignStatus as C,
  CodeFacts,
  OfferStatus,
  redemptionVerdict,
  RedemptionVerdict as V,
  VERDICT_REASONS,
} from '../index';

const facts = (extra: Partial<CodeFacts> = {}): CodeFacts => ({
  kind: 'VOUCHER',
  offerShopId: 'shop-a',
  offerStatus: OfferStatus.APPROVED,
  campaignStatus: C.RUNNING,
  maxUses: null,
  redemptionCount: 0,
  onePerCustomer: false,
  redeemedAt: null,
  ...extra,
});

describe('redemption verdict', () => {
  it('says valid for a fresh voucher of my shop while running', () => {
    expect(redemptionVerdict(facts(), 'shop-a')).toBe(V.VALID);
    expect(redemptionVerdict(facts({ kind: 'OFFER' }), 'shop-a')).toBe(V.VALID);
  });

  it('names each refusal', () => {
    expect(redemptionVerdict(null, 'shop-a')).toBe(V.UNKNOWN);
    expect(redemptionVerdict(facts({ offerStatus: OfferStatus.REJECTED }), 'shop-a')).toBe(V.UNKNOWN);
    expect(redemptionVerdict(facts({ campaignStatus: C.DRAFT }), 'shop-a')).toBe(V.UNKNOWN);
    expect(redemptionVerdict(facts(), 'shop-b')).toBe(V.NOT_THIS_SHOP);
    expect(redemptionVerdict(facts(), null)).toBe(V.NOT_THIS_SHOP);
    expect(redemptionVerdict(facts({ redeemedAt: new Date() }), 'shop-a')).toBe(V.ALREADY_USED);
    expect(redemptionVerdict(facts({ campaignStatus: C.FINISHED }), 'shop-a')).toBe(V.EXPIRED);
    expect(redemptionVerdict(facts({ campaignStatus: C.CANCELLED }), 'shop-a')).toBe(V.EXPIRED);
    expect(redemptionVerdict(facts({ campaignStatus: C.PUBLISHED }), 'shop-a')).toBe(V.NOT_STARTED);
    expect(redemptionVerdict(facts({ kind: 'OFFER', onePerCustomer: true }), 'shop-a')).toBe(V.VOUCHER_REQUIRED);
    expect(redemptionVerdict(facts({ onePerCustomer: true }), 'shop-a')).toBe(V.VALID);
    expect(redemptionVerdict(facts({ maxUses: 3, redemptionCount: 3 }), 'shop-a')).toBe(V.LIMIT_REACHED);
    expect(redemptionVerdict(facts({ maxUses: 3, redemptionCount: 2 }), 'shop-a')).toBe(V.VALID);
  });

  it('tells another shop nothing about the voucher beyond "not for this shop"', () => {
    expect(redemptionVerdict(facts({ redeemedAt: new Date(), campaignStatus: C.FINISHED }), 'shop-b')).toBe(
      V.NOT_THIS_SHOP,
    );
  });

  it('has a reason for every refusal, and checks baskets', () => {
    expect(Object.keys(VERDICT_REASONS).sort()).toEqual(
      Object.values(V)
        .filter((v) => v !== V.VALID)
        .sort(),
    );
    expect(basketProblems(null)).toEqual([]);
    expect(basketProblems(-1)).toEqual([{ path: 'basketCents', reason: 'min', params: { min: 0 } }]);
    expect(basketProblems(2550)).toEqual([]);
  });
});
