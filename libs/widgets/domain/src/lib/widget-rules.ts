import { TradeCategory } from '@assoc/directory-domain';
import { WidgetProblem } from './problems';

/** What a widget can show; a widget shows at least one. */
export enum WidgetContent {
  /** Approved offers of the campaigns (temps forts) now public: published or running. */
  OFFERS = 'OFFERS',
  /** Published cashmobs still to come, with their sign-up page. */
  CASHMOBS = 'CASHMOBS',
  /** The shops of the association. */
  SHOPS = 'SHOPS',
  /** The shops' featured products. */
  PRODUCTS = 'PRODUCTS',
}

/** The order the kinds are shown in, whatever order they were picked in. */
export const WIDGET_CONTENTS: readonly WidgetContent[] = [
  WidgetContent.OFFERS,
  WidgetContent.CASHMOBS,
  WidgetContent.PRODUCTS,
  WidgetContent.SHOPS,
];

export enum WidgetLanguage {
  FR = 'FR',
  EN = 'EN',
}

/** The cards' size: their minimum width (the grid fills the host's width with as many as fit) and text size. */
export enum WidgetSize {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/** Minimum card width in CSS pixels and base font size, per size. */
export const WIDGET_SIZE_METRICS: Readonly<
  Record<WidgetSize, { cardMin: number; fontPx: number; iframeHeight: number }>
> = {
  [WidgetSize.SMALL]: { cardMin: 150, fontPx: 13, iframeHeight: 420 },
  [WidgetSize.MEDIUM]: { cardMin: 200, fontPx: 15, iframeHeight: 520 },
  [WidgetSize.LARGE]: { cardMin: 260, fontPx: 16, iframeHeight: 640 },
};

export const WIDGET_NAME_MAX = 80;
export const WIDGET_MAX_ITEMS_MIN = 1;
export const WIDGET_MAX_ITEMS_MAX = 24;
export const WIDGET_SHOPS_MAX = 50;
export const DEFAULT_WIDGET_COLOURS = {
  accentColor: '#1d4ed8',
  backgroundColor: '#ffffff',
  textColor: '#1f2937',
} as const;

/** "#rgb" or "#rrggbb", nothing else (no names, no rgb(), no alpha): what a colour input and CSS both take. */
export function isColour(value: string): boolean {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value);
}

/** A colour in its canonical form: "#abc" → "#aabbcc", lower case. */
export function normaliseColour(value: string): string {
  const hex = value.trim().slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

export interface WidgetDraft {
  name: string;
  contents: readonly WidgetContent[];
  shopIds: readonly string[];
  trades: readonly TradeCategory[];
  language: WidgetLanguage;
  size: WidgetSize;
  maxItems: number;
  accentColor: string;
  backgroundColor: string;
  textColor: string;
}

function repeated(path: string, values: readonly string[]): WidgetProblem[] {
  const seen = new Set<string>();
  const problems: WidgetProblem[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) problems.push({ path: `${path}.${i}`, reason: 'itemRepeated' });
    seen.add(value);
  });
  return problems;
}

/**
 * Every problem of a widget's settings, field by field: a name (1–80 characters), at least one
 * content kind, no repeats in the lists, at most 50 shops, 1–24 items, colours as #rgb/#rrggbb.
 * Whether the shops exist in the association is the API's check (`shopNotInAssociation`).
 */
export function widgetProblems(draft: WidgetDraft): WidgetProblem[] {
  const problems: WidgetProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ path: 'name', reason: 'isNotEmpty' });
  else if (name.length > WIDGET_NAME_MAX)
    problems.push({ path: 'name', reason: 'maxLength', params: { max: WIDGET_NAME_MAX } });
  if (!draft.contents.length) problems.push({ path: 'contents', reason: 'contentRequired' });
  problems.push(...repeated('contents', draft.contents));
  if (draft.shopIds.length > WIDGET_SHOPS_MAX)
    problems.push({ path: 'shopIds', reason: 'arrayMaxSize', params: { max: WIDGET_SHOPS_MAX } });
  problems.push(...repeated('shopIds', draft.shopIds), ...repeated('trades', draft.trades));
  if (!Number.isSafeInteger(draft.maxItems)) problems.push({ path: 'maxItems', reason: 'isInt' });
  else if (draft.maxItems < WIDGET_MAX_ITEMS_MIN)
    problems.push({ path: 'maxItems', reason: 'min', params: { min: WIDGET_MAX_ITEMS_MIN } });
  else if (draft.maxItems > WIDGET_MAX_ITEMS_MAX)
    problems.push({ path: 'maxItems', reason: 'max', params: { max: WIDGET_MAX_ITEMS_MAX } });
  for (const field of ['accentColor', 'backgroundColor', 'textColor'] as const)
    if (!isColour(draft[field].trim())) problems.push({ path: field, reason: 'isColour' });
  return problems;
}

export const FEATURED_PRODUCTS_PER_SHOP = 6;
export const PRODUCT_NAME_MAX = 80;
export const PRODUCT_TEXT_MAX = 200;
export const PRODUCT_LINK_MAX = 500;
export const PRODUCT_PRICE_MAX_CENTS = 10_000_000;

export interface FeaturedProductDraft {
  name: string;
  /** Null: no price shown. */
  priceCents: number | null;
  text: string;
  /** Null: the widget links to the shop instead. */
  link: string | null;
}

/** An http(s) address with a dotted host name, at most PRODUCT_LINK_MAX characters. */
export function isWebLink(value: string): boolean {
  if (value.length > PRODUCT_LINK_MAX) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A featured product's problems: a name (1–80), a price in whole cents from 0 to 100,000 €, a short text (≤ 200), an http(s) link. */
export function featuredProductProblems(draft: FeaturedProductDraft): WidgetProblem[] {
  const problems: WidgetProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ path: 'name', reason: 'isNotEmpty' });
  else if (name.length > PRODUCT_NAME_MAX)
    problems.push({ path: 'name', reason: 'maxLength', params: { max: PRODUCT_NAME_MAX } });
  if (draft.priceCents !== null) {
    if (!Number.isSafeInteger(draft.priceCents)) problems.push({ path: 'priceCents', reason: 'isInt' });
    else if (draft.priceCents < 0) problems.push({ path: 'priceCents', reason: 'min', params: { min: 0 } });
    else if (draft.priceCents > PRODUCT_PRICE_MAX_CENTS)
      problems.push({ path: 'priceCents', reason: 'max', params: { max: PRODUCT_PRICE_MAX_CENTS } });
  }
  if (draft.text.trim().length > PRODUCT_TEXT_MAX)
    problems.push({ path: 'text', reason: 'maxLength', params: { max: PRODUCT_TEXT_MAX } });
  const link = draft.link?.trim();
  if (link && !isWebLink(link)) problems.push({ path: 'link', reason: 'isUrl' });
  return problems;
}

/** Whether a shop may add one more product when it has `count`. */
export function canAddProduct(count: number): boolean {
  return count < FEATURED_PRODUCTS_PER_SHOP;
}
