import { TradeCategory } from '@assoc/directory-domain';
import {
  canAddProduct,
  featuredProductProblems,
  isColour,
  normaliseColour,
  WidgetContent,
  WidgetDraft,
  WidgetLanguage,
  widgetProblems,
  WidgetSize,
} from './widget-rules';

const draft = (extra: Partial<WidgetDraft> = {}): WidgetDraft => ({
  name: 'Blog de la mairie',
  contents: [WidgetContent.OFFERS, WidgetContent.CASHMOBS],
  shopIds: [],
  trades: [],
  language: WidgetLanguage.FR,
  size: WidgetSize.MEDIUM,
  maxItems: 6,
  accentColor: '#1d4ed8',
  backgroundColor: '#fff',
  textColor: '#1F2937',
  ...extra,
});

describe('widget colours', () => {
  it.each(['#fff', '#FFFFFF', '#1d4ed8', '#AbC'])('accepts %s', (value) => expect(isColour(value)).toBe(true));
  it.each(['red', 'fff', '#ffff', '#12345', '#1234567', 'rgb(0,0,0)', '#ggg', '', '#fff;background:url(x)', ' #fff'])(
    'refuses %p',
    (value) => expect(isColour(value)).toBe(false),
  );
  it('normalises to #rrggbb in lower case', () => {
    expect(normaliseColour('#AbC')).toBe('#aabbcc');
    expect(normaliseColour('#1D4ED8')).toBe('#1d4ed8');
  });
});

describe('widgetProblems', () => {
  it('accepts sensible settings', () => expect(widgetProblems(draft())).toEqual([]));

  it('names every refused field', () => {
    expect(
      widgetProblems(
        draft({
          name: '  ',
          contents: [],
          maxItems: 0,
          accentColor: 'blue',
          backgroundColor: '#12',
          textColor: 'rgb(0,0,0)',
        }),
      ),
    ).toEqual([
      { path: 'name', reason: 'isNotEmpty' },
      { path: 'contents', reason: 'contentRequired' },
      { path: 'maxItems', reason: 'min', params: { min: 1 } },
      { path: 'accentColor', reason: 'isColour' },
      { path: 'backgroundColor', reason: 'isColour' },
      { path: 'textColor', reason: 'isColour' },
    ]);
  });

  it('bounds the name, the number of items and of shops, and refuses repeats', () => {
    expect(widgetProblems(draft({ name: 'x'.repeat(81), maxItems: 25 }))).toEqual([
      { path: 'name', reason: 'maxLength', params: { max: 80 } },
      { path: 'maxItems', reason: 'max', params: { max: 24 } },
    ]);
    expect(widgetProblems(draft({ maxItems: 2.5 }))).toEqual([{ path: 'maxItems', reason: 'isInt' }]);
    expect(
      widgetProblems(
        draft({
          contents: [WidgetContent.SHOPS, WidgetContent.SHOPS],
          shopIds: ['a', 'b', 'a'],
          trades: [TradeCategory.FOOD, TradeCategory.FOOD],
        }),
      ),
    ).toEqual([
      { path: 'contents.1', reason: 'itemRepeated' },
      { path: 'shopIds.2', reason: 'itemRepeated' },
      { path: 'trades.1', reason: 'itemRepeated' },
    ]);
    expect(widgetProblems(draft({ shopIds: Array.from({ length: 51 }, (_, i) => `shop-${i}`) }))).toEqual([
      { path: 'shopIds', reason: 'arrayMaxSize', params: { max: 50 } },
    ]);
    expect(widgetProblems(draft({ maxItems: 1 }))).toEqual([]);
    expect(widgetProblems(draft({ maxItems: 24 }))).toEqual([]);
  });
});

describe('featured products', () => {
  const product = {
    name: 'Kouign-amann',
    priceCents: 450,
    text: 'Pur beurre, cuit ce matin.',
    link: 'https://fournil.fr/kouign',
  };
  it('accepts a product, with or without a price or a link', () => {
    expect(featuredProductProblems(product)).toEqual([]);
    expect(featuredProductProblems({ ...product, priceCents: null, link: null })).toEqual([]);
    expect(featuredProductProblems({ ...product, priceCents: 0, link: '' })).toEqual([]);
  });

  it('refuses a price that is not whole cents, negative or huge; a long text; a link that is not http(s)', () => {
    expect(
      featuredProductProblems({ name: '', priceCents: 4.5, text: 'x'.repeat(201), link: 'javascript:alert(1)' }),
    ).toEqual([
      { path: 'name', reason: 'isNotEmpty' },
      { path: 'priceCents', reason: 'isInt' },
      { path: 'text', reason: 'maxLength', params: { max: 200 } },
      { path: 'link', reason: 'isUrl' },
    ]);
    expect(featuredProductProblems({ ...product, priceCents: -1 })).toEqual([
      { path: 'priceCents', reason: 'min', params: { min: 0 } },
    ]);
    expect(featuredProductProblems({ ...product, priceCents: 10_000_001 })).toEqual([
      { path: 'priceCents', reason: 'max', params: { max: 10_000_000 } },
    ]);
    expect(featuredProductProblems({ ...product, link: 'http://localhost/x' })).toEqual([
      { path: 'link', reason: 'isUrl' },
    ]);
    expect(featuredProductProblems({ ...product, name: 'n'.repeat(81) })).toEqual([
      { path: 'name', reason: 'maxLength', params: { max: 80 } },
    ]);
  });

  it('allows six per shop', () => {
    expect(canAddProduct(5)).toBe(true);
    expect(canAddProduct(6)).toBe(false);
  });
});
