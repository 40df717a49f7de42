import { WidgetLang } from './widget-feed';
import { WidgetContent } from './widget-rules';

/** The embed script's words, French and English (the widget speaks its own language, not the reader's browser's). */
export const WIDGET_TEXTS: Readonly<
  Record<
    WidgetLang,
    Record<
      WidgetContent | 'offer' | 'signUp' | 'product' | 'shop' | 'until' | 'unavailable' | 'empty' | 'label' | 'join',
      string
    >
  >
> = {
  fr: {
    [WidgetContent.OFFERS]: 'Offres du moment',
    [WidgetContent.CASHMOBS]: 'Prochains cashmobs',
    [WidgetContent.PRODUCTS]: 'Coups de cœur de nos commerçants',
    [WidgetContent.SHOPS]: 'Nos commerces',
    offer: "Voir l'offre",
    signUp: "Je m'inscris",
    product: 'Voir le produit',
    shop: 'Voir la boutique',
    until: "Jusqu'au {date}",
    unavailable: "Les commerces de l'association : contenu momentanément indisponible.",
    empty: 'Rien à afficher pour le moment.',
    label: 'Les commerces de {name}',
    join: 'Rejoindre la communauté des clients (carte de fidélité, idées)',
  },
  en: {
    [WidgetContent.OFFERS]: 'Current offers',
    [WidgetContent.CASHMOBS]: 'Upcoming cashmobs',
    [WidgetContent.PRODUCTS]: "Our shopkeepers' picks",
    [WidgetContent.SHOPS]: 'Our shops',
    offer: 'See the offer',
    signUp: 'Sign up',
    product: 'See the product',
    shop: 'Visit the shop',
    until: 'Until {date}',
    unavailable: "The association's shops: content unavailable at the moment.",
    empty: 'Nothing to show at the moment.',
    label: 'The shops of {name}',
    join: 'Join the customer community (loyalty card, ideas)',
  },
};

const INTL_LOCALE: Record<WidgetLang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A price in cents in the widget's language: "12,50 €" / "€12.50". */
export function formatWidgetPrice(cents: number, currency: string, lang: WidgetLang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency }).format(cents / 100);
}

/** A cashmob's slot in the association's time zone: "samedi 14 décembre, 15:00 – 17:00". */
export function formatWidgetSlot(startsAt: string, endsAt: string, timeZone: string, lang: WidgetLang): string {
  const day = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day}, ${time.format(new Date(startsAt))} – ${time.format(new Date(endsAt))}`;
}

/** A day in the association's time zone: "14 décembre" / "14 December". */
export function formatWidgetDay(instant: string, timeZone: string, lang: WidgetLang): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone, day: 'numeric', month: 'long' }).format(
    new Date(instant),
  );
}

/** A text with its `{name}` placeholders filled. */
export function fillText(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}
