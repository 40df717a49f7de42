import fc from 'fast-check';
import { CampaignChannel, OfferContext, OfferDraft, offerHeadline, OfferKind, offerProblems } from '../index';

const offer = (extra: Partial<OfferDraft> = {}): OfferDraft => ({
  kind: OfferKind.PERCENT_OFF,
  percentOff: 20,
  amountOffCents: null,
  description: '',
  conditions: 'Dès 20 € d’achat',
  maxUses: null,
  onePerCustomer: false,
  online: false,
  onlineUrl: null,
  ...extra,
});
const context = (extra: Partial<OfferContext> = {}): OfferContext => ({
  channels: CampaignChannel.BOTH,
  minDiscountPercent: null,
  invitedTrades: [],
  shopTrade: 'FOOD',
  ...extra,
});

describe('offer rules', () => {
  it('accepts a percentage from 1 to 100 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (percent) => {
        const problems = offerProblems(offer({ percentOff: percent }), context());
        expect(problems.length === 0).toBe(percent >= 1 && percent <= 100);
        if (problems.length) expect(problems[0].path).toBe('percentOff');
      }),
    );
  });

  it('needs the value of its kind and refuses the others', () => {
    expect(offerProblems(offer({ percentOff: null }), context())).toEqual([
      { path: 'percentOff', reason: 'offerValueRequired' },
    ]);
    expect(
      offerProblems(offer({ kind: OfferKind.AMOUNT_OFF, percentOff: null, amountOffCents: 0 }), context()),
    ).toEqual([{ path: 'amountOffCents', reason: 'min', params: { min: 1 } }]);
    expect(
      offerProblems(offer({ kind: OfferKind.AMOUNT_OFF, percentOff: null, amountOffCents: -5 }), context()),
    ).toEqual([{ path: 'amountOffCents', reason: 'min', params: { min: 1 } }]);
    expect(
      offerProblems(offer({ kind: OfferKind.AMOUNT_OFF, percentOff: 10, amountOffCents: 500 }), context()),
    ).toEqual([{ path: 'percentOff', reason: 'offerValueNotExpected' }]);
    expect(offerProblems(offer({ kind: OfferKind.GIFT, percentOff: null, description: ' ' }), context())).toEqual([
      { path: 'description', reason: 'isNotEmpty' },
    ]);
    expect(
      offerProblems(offer({ kind: OfferKind.SPECIAL, percentOff: null, description: 'Café offert' }), context()),
    ).toEqual([]);
  });

  it('holds the campaign’s minimum discount, invited trades and channels', () => {
    expect(offerProblems(offer({ percentOff: 5 }), context({ minDiscountPercent: 10 }))).toEqual([
      { path: 'percentOff', reason: 'belowMinDiscount', params: { min: 10 } },
    ]);
    expect(offerProblems(offer({ percentOff: 10 }), context({ minDiscountPercent: 10 }))).toEqual([]);
    expect(offerProblems(offer(), context({ invitedTrades: ['FASHION'] }))).toEqual([
      { path: 'shopId', reason: 'tradeNotInvited' },
    ]);
    expect(offerProblems(offer(), context({ channels: CampaignChannel.ONLINE }))).toEqual([
      { path: 'online', reason: 'channelNotInCampaign' },
    ]);
    expect(
      offerProblems(
        offer({ online: true, onlineUrl: 'https://x.fr' }),
        context({ channels: CampaignChannel.IN_STORE }),
      ),
    ).toEqual([{ path: 'online', reason: 'channelNotInCampaign' }]);
  });

  it('needs a web link to apply online, and a use limit of at least one', () => {
    expect(offerProblems(offer({ online: true }), context())).toEqual([
      { path: 'onlineUrl', reason: 'onlineLinkRequired' },
    ]);
    expect(offerProblems(offer({ online: true, onlineUrl: 'javascript:alert(1)' }), context())).toEqual([
      { path: 'onlineUrl', reason: 'isUrl' },
    ]);
    expect(offerProblems(offer({ online: true, onlineUrl: 'https://boutique.fr/soldes' }), context())).toEqual([]);
    expect(offerProblems(offer({ maxUses: 0 }), context())).toEqual([
      { path: 'maxUses', reason: 'min', params: { min: 1 } },
    ]);
    expect(offerProblems(offer({ conditions: 'x'.repeat(501) }), context())).toEqual([
      { path: 'conditions', reason: 'maxLength', params: { max: 500 } },
    ]);
  });

  it('says what it gives in one line', () => {
    expect(offerHeadline(offer(), 'fr')).toBe('-20 %');
    expect(offerHeadline(offer(), 'en')).toBe('20% off');
    expect(offerHeadline(offer({ kind: OfferKind.AMOUNT_OFF, amountOffCents: 550 }), 'fr')).toBe('-5,50 €');
    expect(offerHeadline(offer({ kind: OfferKind.AMOUNT_OFF, amountOffCents: 500 }), 'en')).toBe('€5 off');
    expect(offerHeadline(offer({ kind: OfferKind.GIFT, description: 'Un sac' }), 'fr')).toBe('Cadeau : Un sac');
  });
});
