import { OpeningLine, openingLines, TRADE_CATEGORY_LABELS } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-domain';
import { formatMoney } from '@assoc/shared-util';
import { formatWidgetSlot } from '@assoc/widgets-domain';
import { ShopShowcaseModel } from './shop-showcase.models';

/** The page's words in French and English (the Angular page's widgets.showcase.* and directory.member.* texts). */
export const SHOP_PAGE_TEXTS = {
  fr: {
    memberOf: 'Membre de {association}',
    logoOf: 'Logo de {name}',
    map: 'Voir sur la carte',
    website: 'Site de la boutique',
    offers: 'Offres en cours',
    offerUntil: '{campaign}, jusqu’au {date}',
    seeOffer: 'Voir l’offre',
    cashmobs: 'Cashmobs à venir',
    signUp: 'Je viens',
    products: 'Produits à la une',
    seeProduct: 'Voir le produit',
    hours: "Horaires d'ouverture",
    today: "aujourd'hui",
    closed: 'Fermé',
    notFoundTitle: 'Boutique introuvable',
    notFound: 'Cette boutique n’est plus présentée par l’association, ou le lien est incomplet.',
  },
  en: {
    memberOf: 'Member of {association}',
    logoOf: 'Logo of {name}',
    map: 'See on the map',
    website: 'Shop website',
    offers: 'Current offers',
    offerUntil: '{campaign}, until {date}',
    seeOffer: 'See the offer',
    cashmobs: 'Upcoming cashmobs',
    signUp: 'I’ll come',
    products: 'Featured products',
    seeProduct: 'See the product',
    hours: 'Opening hours',
    today: 'today',
    closed: 'Closed',
    notFoundTitle: 'Shop not found',
    notFound: 'The association no longer presents this shop, or the link is incomplete.',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>;

export type ShopPageTexts = Record<keyof (typeof SHOP_PAGE_TEXTS)['fr'], string>;

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);

export interface ShopPageView {
  lang: 'fr' | 'en';
  t: ShopPageTexts;
  name: string;
  /** The logo, or the name's initials on a tile when there is none. */
  logo: { url: string; alt: string } | { initials: string };
  memberOf: string;
  trade: string;
  description: string;
  address: string;
  mapUrl: string;
  website: string | null;
  offers: { id: string; headline: string; meta: string; url: string }[];
  cashmobs: { id: string; slot: string; place: string; url: string }[];
  products: {
    id: string;
    name: string;
    price: string | null;
    text: string;
    photoUrl: string | null;
    link: string | null;
    /** Its badge (issue 17: co-created with customers), linked. */
    mark: { label: string; url: string } | null;
  }[];
  hours: OpeningLine[];
}

/** "Boulangerie Le Fournil" -> "BL": the tile shown when a shop has no logo. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * A shop's public page in the reader's language: its profile, current offers (to the campaign page),
 * upcoming cashmobs (to their sign-up page), featured products with their price, and its week with
 * the association's today marked; dates and times in the association's time zone.
 */
export function shopPageView(s: ShopShowcaseModel, locale: Locale, now: Date): ShopPageView {
  const lang = locale === Locale.EN ? 'en' : 'fr';
  const t: ShopPageTexts = SHOP_PAGE_TEXTS[lang];
  const day = (at: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: s.timeZone }).format(at);
  return {
    lang,
    t,
    name: s.name,
    logo: s.logoUrl ? { url: s.logoUrl, alt: fill(t.logoOf, { name: s.name }) } : { initials: initials(s.name) },
    memberOf: fill(t.memberOf, { association: s.associationName }),
    trade: TRADE_CATEGORY_LABELS[s.trade][lang],
    description: s.description,
    address: `${s.address}, ${s.postcode} ${s.town}`,
    mapUrl: s.mapUrl,
    website: s.website,
    offers: s.offers.map((o) => ({
      id: o.id,
      headline: o.headline,
      meta: fill(t.offerUntil, { campaign: o.campaign, date: day(o.until) }),
      url: o.url,
    })),
    cashmobs: s.cashmobs.map((c) => ({
      id: c.id,
      slot: formatWidgetSlot(c.startsAt.toISOString(), c.endsAt.toISOString(), s.timeZone, lang),
      place: c.place,
      url: c.url,
    })),
    products: s.products.map((p) => ({
      id: p.id,
      name: p.name,
      price: p.priceCents === null ? null : formatMoney(p.priceCents, s.currency, lang === 'en' ? 'en-GB' : 'fr-FR'),
      text: p.text,
      photoUrl: p.photoUrl,
      link: p.link,
      mark: p.mark ?? null,
    })),
    hours: openingLines(s.openingHours, lang, s.timeZone, now),
  };
}
