import { TradeCategory } from '@assoc/directory-domain';
import {
  allocate,
  Candidate,
  selectWidgetSections,
  shopMatches,
  shownProductIds,
  WidgetCandidates,
  WidgetCashmobItem,
  WidgetOfferItem,
  WidgetProductItem,
  WidgetShopItem,
  withProductMarks,
} from './widget-feed';
import { WidgetContent } from './widget-rules';

const offer = (id: string, shopId: string, trade = TradeCategory.FOOD): Candidate<WidgetOfferItem> => ({
  kind: WidgetContent.OFFERS,
  id,
  shopId,
  trade,
  headline: '-20 %',
  shop: shopId,
  campaign: 'Fête',
  until: '2026-12-24T18:00:00.000Z',
  url: 'https://x.fr/p/s',
});
const cashmob = (id: string, shopId: string, trade = TradeCategory.FOOD): Candidate<WidgetCashmobItem> => ({
  kind: WidgetContent.CASHMOBS,
  id,
  shopId,
  trade,
  shop: shopId,
  startsAt: '2026-12-20T14:00:00.000Z',
  endsAt: '2026-12-20T16:00:00.000Z',
  place: 'Place',
  url: 'https://x.fr/c/s',
});
const product = (id: string, shopId: string, trade = TradeCategory.FOOD): Candidate<WidgetProductItem> => ({
  kind: WidgetContent.PRODUCTS,
  id,
  shopId,
  trade,
  name: id,
  shop: shopId,
  priceCents: 100,
  text: '',
  photo: null,
  url: null,
});
const shop = (id: string, trade = TradeCategory.FOOD): Candidate<WidgetShopItem> => ({
  kind: WidgetContent.SHOPS,
  id,
  shopId: id,
  trade,
  name: id,
  address: '1 rue',
  town: 'Vitré',
  text: '',
  logo: null,
  url: null,
});

const candidates: WidgetCandidates = {
  offers: [offer('o1', 'a'), offer('o2', 'b', TradeCategory.FASHION), offer('o3', 'c')],
  cashmobs: [cashmob('c1', 'a')],
  products: [product('p1', 'a'), product('p2', 'b', TradeCategory.FASHION)],
  shops: [shop('a'), shop('b', TradeCategory.FASHION), shop('c')],
};
const ids = (sections: ReturnType<typeof selectWidgetSections>) =>
  sections.map((s) => [s.kind, s.items.map((i) => i.id)]);

describe('allocate', () => {
  it('shares the maximum one in turn, never beyond what each kind has', () => {
    expect(allocate([5, 5, 5], 7)).toEqual([3, 2, 2]);
    expect(allocate([1, 5, 0], 7)).toEqual([1, 5, 0]);
    expect(allocate([3, 3], 24)).toEqual([3, 3]);
    expect(allocate([3, 3], 1)).toEqual([1, 0]);
    expect(allocate([], 5)).toEqual([]);
  });
});

describe('selectWidgetSections', () => {
  it('shows the chosen kinds in the fixed order, whatever order they were chosen in, and leaves empty ones out', () => {
    expect(
      ids(
        selectWidgetSections(
          { contents: [WidgetContent.SHOPS, WidgetContent.OFFERS], shopIds: [], trades: [], maxItems: 24 },
          candidates,
        ),
      ),
    ).toEqual([
      [WidgetContent.OFFERS, ['o1', 'o2', 'o3']],
      [WidgetContent.SHOPS, ['a', 'b', 'c']],
    ]);
    expect(
      ids(
        selectWidgetSections(
          { contents: [WidgetContent.CASHMOBS], shopIds: ['b'], trades: [], maxItems: 24 },
          candidates,
        ),
      ),
    ).toEqual([]);
  });

  it('filters by shops and by trades (both when both are set), and shares the maximum fairly', () => {
    const all = [WidgetContent.OFFERS, WidgetContent.CASHMOBS, WidgetContent.PRODUCTS, WidgetContent.SHOPS];
    expect(
      ids(selectWidgetSections({ contents: all, shopIds: ['a', 'b'], trades: [], maxItems: 24 }, candidates)),
    ).toEqual([
      [WidgetContent.OFFERS, ['o1', 'o2']],
      [WidgetContent.CASHMOBS, ['c1']],
      [WidgetContent.PRODUCTS, ['p1', 'p2']],
      [WidgetContent.SHOPS, ['a', 'b']],
    ]);
    expect(
      ids(
        selectWidgetSections({ contents: all, shopIds: [], trades: [TradeCategory.FASHION], maxItems: 24 }, candidates),
      ),
    ).toEqual([
      [WidgetContent.OFFERS, ['o2']],
      [WidgetContent.PRODUCTS, ['p2']],
      [WidgetContent.SHOPS, ['b']],
    ]);
    expect(
      ids(
        selectWidgetSections(
          { contents: all, shopIds: ['a', 'c'], trades: [TradeCategory.FOOD], maxItems: 5 },
          candidates,
        ),
      ),
    ).toEqual([
      [WidgetContent.OFFERS, ['o1', 'o3']],
      [WidgetContent.CASHMOBS, ['c1']],
      [WidgetContent.PRODUCTS, ['p1']],
      [WidgetContent.SHOPS, ['a']],
    ]);
  });

  it('hands out no internal shop reference, and keeps the trade only where it is shown', () => {
    const [offers, products] = selectWidgetSections(
      { contents: [WidgetContent.OFFERS, WidgetContent.PRODUCTS], shopIds: [], trades: [], maxItems: 2 },
      candidates,
    );
    expect(offers.items[0]).not.toHaveProperty('shopId');
    expect(offers.items[0]).toHaveProperty('trade', TradeCategory.FOOD);
    expect(products.items[0]).not.toHaveProperty('shopId');
    expect(products.items[0]).not.toHaveProperty('trade');
  });

  it('matches shops by id and trade', () => {
    expect(shopMatches({ shopIds: [], trades: [] }, { shopId: 'x', trade: TradeCategory.FOOD })).toBe(true);
    expect(shopMatches({ shopIds: ['y'], trades: [] }, { shopId: 'x', trade: TradeCategory.FOOD })).toBe(false);
    expect(shopMatches({ shopIds: [], trades: [TradeCategory.HOME] }, { shopId: 'x', trade: TradeCategory.FOOD })).toBe(
      false,
    );
  });
});

describe('product marks', () => {
  it('asks the marks of the shown products only, and sets each on its product alone', () => {
    const sections = selectWidgetSections(
      { contents: [WidgetContent.OFFERS, WidgetContent.PRODUCTS], shopIds: [], trades: [], maxItems: 3 },
      { ...candidates, offers: [offer('p2', 'a')] },
    );
    expect(shownProductIds(sections)).toEqual(['p1', 'p2']);
    const mark = { label: 'Imaginé avec nos clients', url: 'https://x.fr/communaute/v/idees/i' };
    const marked = withProductMarks(sections, new Map([['p2', mark]]));
    expect(marked[0].items[0]).not.toHaveProperty('mark'); // an offer of the same id: untouched
    expect(marked[1].items.map((i) => (i as WidgetProductItem).mark)).toEqual([undefined, mark]);
    expect(marked[1].items[0]).not.toHaveProperty('mark');
    expect(withProductMarks(sections, new Map())).toEqual(sections);
  });
});
