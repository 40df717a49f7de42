import { TradeCategory } from '@assoc/directory-domain';
import { WIDGET_CONTENTS, WidgetContent, WidgetSize } from './widget-rules';

/** The language a widget speaks, as the public feed and the embed script know it. */
export type WidgetLang = 'fr' | 'en';

/** A current offer: its headline, the shop, the campaign, until when; links to the campaign's public page. */
export interface WidgetOfferItem {
  kind: WidgetContent.OFFERS;
  id: string;
  headline: string;
  shop: string;
  trade: TradeCategory;
  campaign: string;
  /** UTC instant the campaign ends. */
  until: string;
  url: string;
}

/** An upcoming cashmob: the shop, when (UTC; shown in the association's time zone), where; links to its sign-up page. */
export interface WidgetCashmobItem {
  kind: WidgetContent.CASHMOBS;
  id: string;
  shop: string;
  trade: TradeCategory;
  startsAt: string;
  endsAt: string;
  place: string;
  url: string;
}

/** A badge a featured product carries (issue 17: "Imaginé avec nos clients"), in the widget's language, linked (absolute). */
export interface WidgetProductMark {
  label: string;
  url: string;
}

/** A shop's featured product: name, photo, price in cents (or none), short text, link. */
export interface WidgetProductItem {
  kind: WidgetContent.PRODUCTS;
  id: string;
  name: string;
  shop: string;
  priceCents: number | null;
  text: string;
  photo: string | null;
  url: string | null;
  /** Its badge, when another domain marks it (absent otherwise, and from older answers). */
  mark?: WidgetProductMark;
}

/** A shop of the association: its public profile only (no phone, no person). */
export interface WidgetShopItem {
  kind: WidgetContent.SHOPS;
  id: string;
  name: string;
  trade: TradeCategory;
  address: string;
  town: string;
  text: string;
  logo: string | null;
  url: string | null;
}

export type WidgetItem = WidgetOfferItem | WidgetCashmobItem | WidgetProductItem | WidgetShopItem;

export interface WidgetSection<T extends WidgetItem = WidgetItem> {
  kind: T['kind'];
  items: T[];
}

/**
 * What `GET /api/public/widgets/:id` answers: only published content of one association, in the
 * widget's language, with absolute links (the widget runs on other sites). Nothing personal.
 */
export interface WidgetFeed {
  id: string;
  lang: WidgetLang;
  size: WidgetSize;
  colours: { accent: string; background: string; text: string };
  association: { name: string; town: string };
  timeZone: string;
  currency: string;
  sections: WidgetSection[];
  /** The association's page to join its customer community (issue 17), absolute; absent from older answers. */
  joinUrl?: string | null;
}

/** The widget's settings that decide what it shows. */
export interface WidgetSelection {
  contents: readonly WidgetContent[];
  /** Empty: every shop. */
  shopIds: readonly string[];
  /** Empty: every trade. */
  trades: readonly TradeCategory[];
  maxItems: number;
}

/** The shop an item belongs to, for the filters. */
export interface ShopRef {
  shopId: string;
  trade: TradeCategory;
}

export type Candidate<T extends WidgetItem> = T & ShopRef;

export interface WidgetCandidates {
  offers: readonly Candidate<WidgetOfferItem>[];
  cashmobs: readonly Candidate<WidgetCashmobItem>[];
  products: readonly Candidate<WidgetProductItem>[];
  shops: readonly Candidate<WidgetShopItem>[];
}

/** Whether a shop passes the widget's filters: among the chosen shops (if any) and of a chosen trade (if any). */
export function shopMatches(selection: Pick<WidgetSelection, 'shopIds' | 'trades'>, shop: ShopRef): boolean {
  return (
    (!selection.shopIds.length || selection.shopIds.includes(shop.shopId)) &&
    (!selection.trades.length || selection.trades.includes(shop.trade))
  );
}

/**
 * How many items each kind gets out of `max`: one in turn for each kind that still has some,
 * in order, so every kind shows something before any shows a second; never more than available.
 */
export function allocate(available: readonly number[], max: number): number[] {
  const quotas = available.map(() => 0);
  let total = 0;
  let progress = true;
  while (total < max && progress) {
    progress = false;
    for (let i = 0; i < available.length && total < max; i++) {
      if (quotas[i] < available[i]) {
        quotas[i]++;
        total++;
        progress = true;
      }
    }
  }
  return quotas;
}

/**
 * The sections a widget shows: the chosen kinds in the fixed order (offers, cashmobs, products,
 * shops), each filtered by the widget's shops and trades, sharing `maxItems` fairly (see
 * `allocate`), keeping the candidates' order; empty sections left out. The candidates must
 * already be public (the API's queries pick published content only).
 */
export function selectWidgetSections(selection: WidgetSelection, candidates: WidgetCandidates): WidgetSection[] {
  const pools: Record<WidgetContent, readonly (WidgetItem & ShopRef)[]> = {
    [WidgetContent.OFFERS]: candidates.offers,
    [WidgetContent.CASHMOBS]: candidates.cashmobs,
    [WidgetContent.PRODUCTS]: candidates.products,
    [WidgetContent.SHOPS]: candidates.shops,
  };
  const kinds = WIDGET_CONTENTS.filter((kind) => selection.contents.includes(kind));
  const filtered = kinds.map((kind) => pools[kind].filter((item) => shopMatches(selection, item)));
  const quotas = allocate(
    filtered.map((items) => items.length),
    selection.maxItems,
  );
  return kinds
    .map((kind, i) => ({ kind, items: filtered[i].slice(0, quotas[i]).map(withoutShopRef) }))
    .filter((section) => section.items.length > 0) as WidgetSection[];
}

function withoutShopRef<T extends WidgetItem>(item: T & ShopRef): T {
  const { shopId: _shopId, trade, ...rest } = item as T & ShopRef & { trade: TradeCategory };
  // offers, cashmobs and shops show their trade; products do not carry one
  return (item.kind === WidgetContent.PRODUCTS ? rest : { ...rest, trade }) as unknown as T;
}

/** The featured products a widget shows (to ask their marks for these only). */
export function shownProductIds(sections: readonly WidgetSection[]): string[] {
  return sections.flatMap((section) => (section.kind === WidgetContent.PRODUCTS ? section.items.map((i) => i.id) : []));
}

/** The sections with each shown product's mark from `marks` (by product id); the other items unchanged. */
export function withProductMarks(
  sections: readonly WidgetSection[],
  marks: ReadonlyMap<string, WidgetProductMark>,
): WidgetSection[] {
  if (!marks.size) return [...sections];
  return sections.map((section) =>
    section.kind === WidgetContent.PRODUCTS
      ? {
          ...section,
          items: section.items.map((item) => {
            const mark = marks.get(item.id);
            return mark ? { ...item, mark } : item;
          }),
        }
      : section,
  );
}
