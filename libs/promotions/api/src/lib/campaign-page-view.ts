import { TRADE_CATEGORY_LABELS, TradeCategory, weekdayName } from '@assoc/directory-domain';
import { Locale } from '@assoc/platform-domain';
import { CampaignStatus } from '@assoc/promotions-domain';
import { PublicCampaignModel, PublicOfferModel, VoucherReceiptModel } from './campaign.models';

/** The page's words in French and English (the Angular page's promotions.public.* texts). */
export const CAMPAIGN_PAGE_TEXTS = {
  fr: {
    origin: 'Né d’une idée de la boîte à idées :',
    notFoundTitle: 'Temps fort introuvable',
    notFound: 'Ce lien ne mène à aucun temps fort ouvert au public. Vérifiez l’adresse.',
    dates: 'Du {start} au {end}',
    cancelled: 'Ce temps fort a été annulé : les bons ne sont plus valables.',
    finished: 'Ce temps fort est terminé. Merci !',
    soon: 'Bientôt : retirez votre bon dès maintenant, il sera valable pendant le temps fort.',
    offersTitle: 'Les offres ({count})',
    filterByTrade: 'Filtrer par métier',
    allTrades: 'Tous',
    noOffers: 'Aucune offre pour ce métier.',
    conditions: 'Conditions : {conditions}',
    map: 'Voir sur la carte',
    openingHours: 'Horaires d’ouverture',
    closed: 'Fermé',
    online: 'Aussi en ligne',
    offerCode: 'Code à présenter :',
    soldOut: 'Offre épuisée.',
    getVoucher: 'Obtenir mon bon',
    confirmClaim: 'Recevoir mon bon',
    cancel: 'Annuler',
    emailOptional: 'Adresse e-mail (facultatif)',
    emailRequired: 'Adresse e-mail',
    onePerCustomerHint: 'Un seul bon par personne pour cette offre.',
    consent:
      'J’accepte que {association} conserve mon adresse e-mail pour ce temps fort (effacée 30 jours après la fin).',
    consentRequired: 'Cochez la case pour que nous puissions garder votre adresse, ou laissez le champ vide.',
    voucherTitle: 'Votre bon',
    voucherQrAlt: 'QR code du bon',
    voucherValid: 'Valable du {from} au {until}',
    voucherHint: 'Montrez ce code ou ce QR code en boutique. Faites une capture d’écran pour le garder.',
  },
  en: {
    origin: 'Born from an idea in the ideas box:',
    notFoundTitle: 'Promotion not found',
    notFound: 'This link leads to no promotion open to the public. Please check the address.',
    dates: 'From {start} to {end}',
    cancelled: 'This promotion was cancelled: vouchers are no longer valid.',
    finished: 'This promotion is over. Thank you!',
    soon: 'Coming soon: get your voucher now, it will be valid during the promotion.',
    offersTitle: 'The offers ({count})',
    filterByTrade: 'Filter by trade',
    allTrades: 'All',
    noOffers: 'No offer for this trade.',
    conditions: 'Conditions: {conditions}',
    map: 'See on the map',
    openingHours: 'Opening hours',
    closed: 'Closed',
    online: 'Also online',
    offerCode: 'Code to show:',
    soldOut: 'Offer sold out.',
    getVoucher: 'Get my voucher',
    confirmClaim: 'Get my voucher now',
    cancel: 'Cancel',
    emailOptional: 'E-mail address (optional)',
    emailRequired: 'E-mail address',
    onePerCustomerHint: 'One voucher per person for this offer.',
    consent: 'I agree that {association} keeps my e-mail address for this promotion (erased 30 days after the end).',
    consentRequired: 'Tick the box so we can keep your address, or leave the field empty.',
    voucherTitle: 'Your voucher',
    voucherQrAlt: 'QR code of the voucher',
    voucherValid: 'Valid from {from} to {until}',
    voucherHint: 'Show this code or QR code in the shop. Take a screenshot to keep it.',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>;

export type CampaignPageTexts = Record<keyof (typeof CAMPAIGN_PAGE_TEXTS)['fr'], string>;

/** A text with its `{name}` placeholders filled. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/**
 * What the visitor asked for in the address: `?trade=` (filter), `?offer=` (shown first), `?claim=`
 * (its form open), `?lang=` (the language chosen in the menu, kept by the page's links and forms).
 */
export interface CampaignPageQuery {
  trade: TradeCategory | null;
  offer: string | null;
  claim: string | null;
  lang: 'fr' | 'en' | null;
}

/** A claim posted without JavaScript (or refused), to show again in its offer: what was typed, what went wrong or the voucher. */
export interface ClaimOutcome {
  offerId: string;
  email: string;
  consent: boolean;
  /** The field's problem, in the reader's language, by field (`email`, `consent`) or `form` for the rest. */
  errors: Partial<Record<'email' | 'consent' | 'form', string>>;
  receipt: VoucherReceiptModel | null;
}

export interface ClaimFormView {
  /** Shown at once (no JavaScript needed): asked for with ?claim=, or posted back with an error. */
  open: boolean;
  required: boolean;
  emailLabel: string;
  hint: string | null;
  consentLabel: string;
  email: string;
  consent: boolean;
  errors: ClaimOutcome['errors'];
}

export interface VoucherView {
  code: string;
  qrCode: string;
  shopLine: string;
  valid: string;
}

export interface OfferView {
  id: string;
  highlight: boolean;
  headline: string;
  shopName: string;
  trade: string;
  /** Left out when the headline already says it. */
  description: string | null;
  conditions: string | null;
  address: string;
  mapUrl: string;
  hours: { day: string; text: string }[];
  onlineUrl: string | null;
  code: string;
  soldOut: boolean;
  /** Null when sold out or the campaign takes no claims. */
  claim: ClaimFormView | null;
  voucher: VoucherView | null;
}

export interface CampaignPageView {
  lang: 'fr' | 'en';
  t: CampaignPageTexts;
  slug: string;
  /** The filter and the poster's offer, kept by the page's forms and links. */
  query: Pick<CampaignPageQuery, 'trade' | 'offer' | 'lang'>;
  associationName: string;
  title: string;
  theme: string;
  description: string;
  coverUrl: string | null;
  /** The idea of the ideas box the campaign was born from (issue 17), linked to its public page. */
  origin: { label: string; link: string } | null;
  dates: string;
  notice: { text: string; error: boolean } | null;
  /** A refused claim whose offer shows no form any more (sold out, claims closed, no such offer): said at the top. */
  alert: string | null;
  offersTitle: string;
  /** The trade filter, when the offers span more than one trade: links to this page filtered. */
  filter: { label: string; href: string; current: boolean }[] | null;
  empty: boolean;
  offers: OfferView[];
}

/** The page's address with the given query (only the parameters that are set). */
export function campaignPageHref(slug: string, query: Partial<CampaignPageQuery>): string {
  const params = new URLSearchParams();
  if (query.trade) params.set('trade', query.trade);
  if (query.offer) params.set('offer', query.offer);
  if (query.claim) params.set('claim', query.claim);
  if (query.lang) params.set('lang', query.lang);
  const search = params.toString();
  return `/p/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`;
}

/** Reads the page's query, ignoring what is not one of ours (an unknown trade shows every offer). */
export function campaignPageQuery(query: Record<string, unknown>): CampaignPageQuery {
  const text = (value: unknown) => (typeof value === 'string' && value.length <= 100 ? value : null);
  const trade = text(query['trade']);
  const lang = text(query['lang']);
  return {
    trade: trade && (Object.values(TradeCategory) as string[]).includes(trade) ? (trade as TradeCategory) : null,
    offer: text(query['offer']),
    claim: text(query['claim']),
    lang: lang === 'fr' || lang === 'en' ? lang : null,
  };
}

/** A date and time as the Angular page wrote it ('long': full date, short time) in the association's zone. */
function longDateTime(at: Date, lang: 'fr' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
}

function mediumDate(at: Date, lang: 'fr' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone }).format(at);
}

function notice(status: CampaignStatus, t: CampaignPageTexts): CampaignPageView['notice'] {
  switch (status) {
    case CampaignStatus.CANCELLED:
      return { text: t.cancelled, error: true };
    case CampaignStatus.FINISHED:
      return { text: t.finished, error: false };
    case CampaignStatus.PUBLISHED:
      return { text: t.soon, error: false };
    default:
      return null;
  }
}

function offerView(
  c: PublicCampaignModel,
  o: PublicOfferModel,
  query: CampaignPageQuery,
  outcome: ClaimOutcome | null,
  lang: 'fr' | 'en',
  t: CampaignPageTexts,
): OfferView {
  const mine = outcome?.offerId === o.id ? outcome : null;
  const receipt = mine?.receipt ?? null;
  const claimable = !o.soldOut && c.acceptsVoucherClaims;
  return {
    id: o.id,
    highlight: o.id === query.offer,
    headline: o.headline,
    shopName: o.shop.name,
    trade: TRADE_CATEGORY_LABELS[o.shop.trade][lang],
    description: o.description && !o.headline.includes(o.description) ? o.description : null,
    conditions: o.conditions ? fill(t.conditions, { conditions: o.conditions }) : null,
    address: `${o.shop.address}, ${o.shop.postcode} ${o.shop.town}`,
    mapUrl: o.shop.mapUrl,
    hours: o.shop.openingHours.map((d) => ({
      day: weekdayName(d.day, lang),
      text: d.periods.length ? d.periods.map((p) => `${p.opens}–${p.closes}`).join(', ') : t.closed,
    })),
    onlineUrl: o.online && o.onlineUrl ? o.onlineUrl : null,
    code: o.code,
    soldOut: o.soldOut,
    claim:
      claimable && !receipt
        ? {
            open: query.claim === o.id || !!mine,
            required: o.onePerCustomer,
            emailLabel: o.onePerCustomer ? t.emailRequired : t.emailOptional,
            hint: o.onePerCustomer ? t.onePerCustomerHint : null,
            consentLabel: fill(t.consent, { association: c.associationName }),
            email: mine?.email ?? '',
            consent: mine?.consent ?? false,
            errors: mine?.errors ?? {},
          }
        : null,
    voucher: receipt
      ? {
          code: receipt.code,
          qrCode: receipt.qrCode,
          shopLine: `${receipt.shopName} · ${receipt.headline}`,
          valid: fill(t.voucherValid, {
            from: mediumDate(receipt.validFrom, lang, c.timeZone),
            until: mediumDate(receipt.validUntil, lang, c.timeZone),
          }),
        }
      : null,
  };
}

/**
 * The public campaign page's content in the reader's language: the campaign's facts, its status
 * notice, the trade filter (when the offers span several trades), the offers (the one a poster's
 * link points at first) with their voucher form or the voucher just claimed.
 * `allTrades` are the trades of every offer (the filter), `c.offers` those shown.
 */
export function campaignPageView(
  c: PublicCampaignModel,
  query: CampaignPageQuery,
  locale: Locale,
  outcome: ClaimOutcome | null = null,
): CampaignPageView {
  const lang = locale === Locale.EN ? 'en' : 'fr';
  const t: CampaignPageTexts = CAMPAIGN_PAGE_TEXTS[lang];
  const first = query.offer;
  const ordered = first
    ? [...c.offers.filter((o) => o.id === first), ...c.offers.filter((o) => o.id !== first)]
    : c.offers;
  const keep = { offer: query.offer, lang: query.lang };
  const offers = ordered.map((o) => offerView(c, o, query, outcome, lang, t));
  const shown = offers.some((o) => o.id === outcome?.offerId && (o.claim || o.voucher));
  const refusal = outcome && (outcome.errors.form ?? outcome.errors.email ?? outcome.errors.consent);
  return {
    lang,
    t,
    slug: c.slug,
    query: { trade: query.trade, offer: query.offer, lang: query.lang },
    associationName: c.associationName,
    title: c.title,
    theme: c.theme,
    description: c.description,
    coverUrl: c.coverUrl,
    origin: c.originLabel && c.originLink ? { label: c.originLabel, link: c.originLink } : null,
    dates: fill(t.dates, {
      start: longDateTime(c.startsAt, lang, c.timeZone),
      end: longDateTime(c.endsAt, lang, c.timeZone),
    }),
    notice: notice(c.status, t),
    alert: refusal && !shown ? refusal : null,
    offersTitle: fill(t.offersTitle, { count: c.offers.length }),
    filter:
      c.trades.length > 1
        ? [
            { label: t.allTrades, href: campaignPageHref(c.slug, keep), current: query.trade === null },
            ...c.trades.map((trade) => ({
              label: TRADE_CATEGORY_LABELS[trade][lang],
              href: campaignPageHref(c.slug, { ...keep, trade }),
              current: query.trade === trade,
            })),
          ]
        : null,
    empty: c.offers.length === 0,
    offers,
  };
}
