import { TradeCategory, Weekday } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-domain';
import { CampaignChannel, CampaignStatus, OfferKind } from '@assoc/promotions-domain';
import { campaignPageHref, campaignPageQuery, campaignPageView } from './campaign-page-view';
import { PublicCampaignModel, PublicOfferModel } from './campaign.models';

function offer(
  id: string,
  shop: string,
  trade: TradeCategory,
  extra: Partial<PublicOfferModel> = {},
): PublicOfferModel {
  return {
    id,
    kind: OfferKind.PERCENT_OFF,
    percentOff: 10,
    amountOffCents: null,
    headline: '10 % sur tout le magasin',
    description: 'sur tout le magasin',
    conditions: '',
    onePerCustomer: false,
    online: false,
    onlineUrl: null,
    code: 'ABCD-1234',
    soldOut: false,
    shop: {
      name: shop,
      trade,
      address: '3 rue Baudrairie',
      postcode: '35500',
      town: 'Vitré',
      openingHours: [{ day: Weekday.MONDAY, periods: [{ opens: '09:00', closes: '12:30' }] }],
      website: null,
      mapUrl: 'https://www.openstreetmap.org/search?query=x',
    },
    ...extra,
  };
}

const campaign: PublicCampaignModel = {
  slug: 'noel-2026',
  associationName: 'Les Vitrines de Vitré',
  associationSlug: 'vitrines-vitre',
  timeZone: 'Europe/Paris',
  title: 'Noël à Vitré',
  theme: 'Les fêtes',
  description: 'Des offres dans tout le centre.',
  coverUrl: null,
  startsAt: new Date('2026-12-01T08:00:00Z'),
  endsAt: new Date('2026-12-08T18:00:00Z'),
  channels: CampaignChannel.BOTH,
  status: CampaignStatus.PUBLISHED,
  acceptsVoucherClaims: true,
  trades: [TradeCategory.BAKERY, TradeCategory.FOOD],
  offers: [
    offer('o1', 'Boulangerie du Château', TradeCategory.BAKERY),
    offer('o2', 'Épicerie Lucie', TradeCategory.FOOD, {
      onePerCustomer: true,
      conditions: 'dès 20 €',
      headline: '5 € offerts',
      description: 'sur les paniers garnis',
    }),
  ],
};

const none = { trade: null, offer: null, claim: null, lang: null };

describe('campaign page view', () => {
  it('says the dates in the association’s time zone, the status and the offers in French', () => {
    const view = campaignPageView(campaign, none, Locale.FR);
    expect(view.lang).toBe('fr');
    expect(view.dates).toBe('Du mardi 1 décembre 2026 à 09:00 au mardi 8 décembre 2026 à 19:00');
    expect(view.notice).toEqual({
      text: 'Bientôt : retirez votre bon dès maintenant, il sera valable pendant le temps fort.',
      error: false,
    });
    expect(view.offersTitle).toBe('Les offres (2)');
    expect(view.offers[0]).toMatchObject({
      headline: '10 % sur tout le magasin',
      trade: 'Boulangerie-pâtisserie',
      description: null, // the headline already says it
      conditions: null,
      address: '3 rue Baudrairie, 35500 Vitré',
      hours: [{ day: 'Lundi', text: '09:00–12:30' }],
    });
    expect(view.offers[1]).toMatchObject({
      description: 'sur les paniers garnis',
      conditions: 'Conditions : dès 20 €',
      claim: {
        open: false,
        required: true,
        emailLabel: 'Adresse e-mail',
        hint: 'Un seul bon par personne pour cette offre.',
      },
    });
    expect(view.offers[1].claim?.consentLabel).toContain('J’accepte que Les Vitrines de Vitré conserve');
  });

  it('writes English, with a cancelled campaign’s notice as an error and no voucher form', () => {
    const view = campaignPageView(
      { ...campaign, status: CampaignStatus.CANCELLED, acceptsVoucherClaims: false },
      none,
      Locale.EN,
    );
    expect(view.dates).toBe('From Tuesday, December 1, 2026 at 9:00 AM to Tuesday, December 8, 2026 at 7:00 PM');
    expect(view.notice).toEqual({ text: 'This promotion was cancelled: vouchers are no longer valid.', error: true });
    expect(view.offers.map((o) => o.claim)).toEqual([null, null]);
    expect(view.offers[0].trade).toBe('Bakery');
    expect(view.offers[0].hours[0].day).toBe('Monday');
  });

  it('offers a trade filter of links keeping the poster’s offer, the current one marked', () => {
    const view = campaignPageView(campaign, { ...none, trade: TradeCategory.FOOD, offer: 'o2', lang: 'en' }, Locale.EN);
    expect(view.filter).toEqual([
      { label: 'All', href: '/p/noel-2026?offer=o2&lang=en', current: false },
      { label: 'Bakery', href: '/p/noel-2026?trade=BAKERY&offer=o2&lang=en', current: false },
      { label: 'Food', href: '/p/noel-2026?trade=FOOD&offer=o2&lang=en', current: true },
    ]);
    expect(campaignPageView({ ...campaign, trades: [TradeCategory.BAKERY] }, none, Locale.FR).filter).toBeNull();
  });

  it('shows the poster’s offer first and highlighted, and opens the form asked for', () => {
    const view = campaignPageView(campaign, { ...none, offer: 'o2', claim: 'o2' }, Locale.FR);
    expect(view.offers.map((o) => [o.id, o.highlight, o.claim?.open])).toEqual([
      ['o2', true, true],
      ['o1', false, false],
    ]);
    expect(campaignPageHref('noel-2026', { trade: TradeCategory.FOOD, offer: 'o1', claim: 'o1', lang: 'en' })).toBe(
      '/p/noel-2026?trade=FOOD&offer=o1&claim=o1&lang=en',
    );
  });

  it('says when a filter leaves no offer, and when an offer is sold out', () => {
    expect(campaignPageView({ ...campaign, offers: [] }, none, Locale.FR)).toMatchObject({
      empty: true,
      offersTitle: 'Les offres (0)',
    });
    const soldOut = campaignPageView(
      { ...campaign, offers: [offer('o3', 'X', TradeCategory.FOOD, { soldOut: true })] },
      none,
      Locale.FR,
    );
    expect(soldOut.offers[0]).toMatchObject({ soldOut: true, claim: null });
  });

  it('keeps what was typed and the errors of a refused claim, and shows a voucher in place of the form', () => {
    const refused = campaignPageView(campaign, none, Locale.FR, {
      offerId: 'o2',
      email: 'lea@example',
      consent: false,
      errors: { email: 'Cette adresse e-mail n’est pas valide.' },
      receipt: null,
    });
    expect(refused.offers[1].claim).toMatchObject({
      open: true,
      email: 'lea@example',
      errors: { email: 'Cette adresse e-mail n’est pas valide.' },
    });
    const claimed = campaignPageView(campaign, none, Locale.EN, {
      offerId: 'o1',
      email: '',
      consent: false,
      errors: {},
      receipt: {
        code: 'ABCD-EFGH-JKLM-NPQR',
        qrCode: 'data:image/svg+xml;base64,AAAA',
        headline: '10 % off everything',
        shopName: 'Boulangerie du Château',
        validFrom: campaign.startsAt,
        validUntil: campaign.endsAt,
      },
    });
    expect(refused.alert).toBeNull();
    expect(claimed.offers[0].claim).toBeNull();
    expect(claimed.offers[0].voucher).toEqual({
      code: 'ABCD-EFGH-JKLM-NPQR',
      qrCode: 'data:image/svg+xml;base64,AAAA',
      shopLine: 'Boulangerie du Château · 10 % off everything',
      valid: 'Valid from Dec 1, 2026 to Dec 8, 2026',
    });
  });

  it('says a refusal at the top when its offer has no form any more (claims closed)', () => {
    const closed = { ...campaign, status: CampaignStatus.FINISHED, acceptsVoucherClaims: false };
    const view = campaignPageView(closed, none, Locale.FR, {
      offerId: 'o1',
      email: '',
      consent: false,
      errors: { form: 'Les bons de ce temps fort ne sont pas disponibles en ce moment.' },
      receipt: null,
    });
    expect(view.alert).toBe('Les bons de ce temps fort ne sont pas disponibles en ce moment.');
    expect(view.offers[0].claim).toBeNull();
  });

  it('reads only its own query parameters, an unknown trade as none', () => {
    expect(campaignPageQuery({ trade: 'FOOD', offer: 'o1', claim: ['x'], lang: 'en' })).toEqual({
      trade: TradeCategory.FOOD,
      offer: 'o1',
      claim: null,
      lang: 'en',
    });
    expect(campaignPageQuery({ lang: 'de' }).lang).toBeNull();
    expect(campaignPageQuery({ trade: 'WIZARDRY' }).trade).toBeNull();
  });
});
