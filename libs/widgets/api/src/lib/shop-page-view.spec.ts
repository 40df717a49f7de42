import { TradeCategory, Weekday } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-domain';
import { initials, shopPageView } from './shop-page-view';
import { ShopShowcaseModel } from './shop-showcase.models';

const shop: ShopShowcaseModel = {
  id: 'b1',
  name: 'Boulangerie Le Fournil du Château',
  trade: TradeCategory.BAKERY,
  address: '2 rue Notre-Dame',
  postcode: '35500',
  town: 'Vitré',
  description: 'Pains au levain.',
  logoUrl: null,
  website: 'https://fournil.example',
  mapUrl: 'https://www.openstreetmap.org/search?query=x',
  openingHours: [{ day: Weekday.MONDAY, periods: [{ opens: '07:00', closes: '13:00' }] }],
  associationName: 'Les Vitrines de Vitré',
  associationSlug: 'vitrines-vitre',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  offers: [
    {
      id: 'o1',
      headline: '10 % sur tout',
      campaign: 'Noël à Vitré',
      until: new Date('2026-12-08T18:00:00Z'),
      url: 'https://vitrines.example/p/noel?offer=o1',
    },
  ],
  cashmobs: [
    {
      id: 'c1',
      startsAt: new Date('2026-12-11T14:00:00Z'),
      endsAt: new Date('2026-12-11T16:00:00Z'),
      place: 'Place du Château',
      url: 'https://vitrines.example/c/fournil',
    },
  ],
  products: [
    { id: 'p1', name: 'Kouign-amann', priceCents: 450, text: 'Au beurre salé', photoUrl: null, link: null },
    { id: 'p2', name: 'Pain de seigle', priceCents: null, text: '', photoUrl: '/uploads/p.webp', link: 'https://x' },
  ],
};

// Monday 7 December 2026, 10:00 in Paris.
const monday = new Date('2026-12-07T09:00:00Z');

describe('shop page view', () => {
  it('writes the profile, offers, cashmobs, prices and hours in French, in the association’s time zone', () => {
    const view = shopPageView(shop, Locale.FR, monday);
    expect(view).toMatchObject({
      lang: 'fr',
      logo: { initials: 'BL' },
      memberOf: 'Membre de Les Vitrines de Vitré',
      trade: 'Boulangerie-pâtisserie',
      address: '2 rue Notre-Dame, 35500 Vitré',
      offers: [{ headline: '10 % sur tout', meta: 'Noël à Vitré, jusqu’au 8 déc. 2026' }],
      cashmobs: [{ slot: 'vendredi 11 décembre, 15:00 – 17:00', place: 'Place du Château' }],
    });
    expect(view.products.map((p) => p.price)).toEqual(['4,50\u00a0€', null]);
    expect(view.hours[0]).toEqual({ day: Weekday.MONDAY, label: 'Lundi', periods: ['07:00 – 13:00'], today: true });
    expect(view.hours[6]).toMatchObject({ label: 'Dimanche', periods: [], today: false });
  });

  it('writes English, and the logo with its alternative text when there is one', () => {
    const view = shopPageView({ ...shop, logoUrl: '/uploads/logos/a.png' }, Locale.EN, monday);
    expect(view).toMatchObject({
      lang: 'en',
      logo: { url: '/uploads/logos/a.png', alt: 'Logo of Boulangerie Le Fournil du Château' },
      memberOf: 'Member of Les Vitrines de Vitré',
      trade: 'Bakery',
      offers: [{ meta: 'Noël à Vitré, until Dec 8, 2026' }],
      cashmobs: [{ slot: 'Friday 11 December, 15:00 – 17:00' }],
    });
    expect(view.products[0].price).toBe('€4.50');
    expect(view.hours[0].periods).toEqual(['07:00 AM – 01:00 PM']);
  });

  it('takes the first two words’ initials', () => {
    expect(initials('  épicerie  fine du coin')).toBe('ÉF');
    expect(initials('Lucie')).toBe('L');
  });
});
