import { TRADE_CATEGORY_LABELS } from '@assoc/directory-domain';
import { Locale, OpenGraphImage, OpenGraphPage, ShareCardContent, shareCardColour } from '@assoc/platform-api';
import { WidgetFeed } from '@assoc/widgets-domain';
import { ShopShowcaseModel } from './shop-showcase.models';

type ShopFacts = Pick<ShopShowcaseModel, 'name' | 'trade' | 'town' | 'description' | 'associationName' | 'offers'>;

const tradeOf = (shop: ShopFacts, locale: Locale) =>
  TRADE_CATEGORY_LABELS[shop.trade][locale === Locale.EN ? 'en' : 'fr'];

/** A shop's link preview in the page's language: its name, trade and town, its own words; nothing about the shopkeeper. */
export function shopOpenGraph(shop: ShopFacts, url: string, locale: Locale, image?: OpenGraphImage): OpenGraphPage {
  const en = locale === Locale.EN;
  const trade = tradeOf(shop, locale);
  const offers = shop.offers.length;
  const lead = en
    ? `${trade} in ${shop.town}, a member of ${shop.associationName}.`
    : `${trade} à ${shop.town}, membre de ${shop.associationName}.`;
  const current = offers
    ? en
      ? `${offers === 1 ? '1 current offer' : `${offers} current offers`}.`
      : `${offers === 1 ? '1 offre en cours' : `${offers} offres en cours`}.`
    : '';
  return {
    title: `${shop.name} — ${trade} (${shop.town})`,
    description: [lead, current, shop.description].filter(Boolean).join(' '),
    siteName: shop.associationName,
    url,
    locale,
    image,
  };
}

/** The shop's share card: the association, the shop's name, its trade and town. */
export function shopShareCard(shop: ShopFacts, locale: Locale): ShareCardContent {
  return {
    colour: shareCardColour(shop.associationName),
    kicker: shop.associationName,
    title: shop.name,
    lines: [tradeOf(shop, locale), shop.town],
  };
}

const WIDGET_WORDS = {
  fr: { lead: 'Les commerces, offres et cashmobs de', card: 'Commerces, offres et cashmobs' },
  en: { lead: 'The shops, offers and cashmobs of', card: 'Shops, offers and cashmobs' },
} as const;

/** The widget's iframe page's preview, in the widget's language. */
export function widgetOpenGraph(feed: WidgetFeed, url: string, image?: OpenGraphImage): OpenGraphPage {
  return {
    title: feed.association.name,
    description: `${WIDGET_WORDS[feed.lang].lead} ${feed.association.name} (${feed.association.town}).`,
    siteName: feed.association.name,
    url,
    locale: feed.lang === 'en' ? Locale.EN : Locale.FR,
    image,
  };
}

/** The widget's share card, in the widget's accent colour. */
export function widgetShareCard(feed: WidgetFeed): ShareCardContent {
  return {
    colour: /^#[0-9a-f]{6}$/i.test(feed.colours.accent) ? feed.colours.accent : shareCardColour(feed.association.name),
    kicker: feed.association.town,
    title: feed.association.name,
    lines: [WIDGET_WORDS[feed.lang].card],
  };
}
