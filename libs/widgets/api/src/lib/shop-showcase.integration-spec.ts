import { CashmobStatus } from '@assoc/cashmobs-domain';
import { GraphqlResponse } from '@assoc/platform-testing';
import { OfferStatus } from '@assoc/promotions-domain';
import { WidgetFeed } from '@assoc/widgets-domain';
import {
  CREATE_PRODUCT,
  createWidget,
  freshIp,
  insertCampaign,
  insertCashmob,
  insertOffer,
  publicGet,
  widgetsWorld,
  World,
} from './widgets-test-helpers';

const SHOWCASE = `query($id: ID!) { shopShowcase(id: $id) {
  id name trade address postcode town description logoUrl website mapUrl openingHours { day periods { opens closes } }
  associationName timeZone currency
  offers { id headline campaign until url } cashmobs { id startsAt endsAt place url } products { id name priceCents text photoUrl link } } }`;

interface Showcase {
  id: string;
  name: string;
  website: string | null;
  mapUrl: string;
  associationName: string;
  offers: { id: string; headline: string; campaign: string; url: string }[];
  cashmobs: { id: string; place: string; url: string }[];
  products: { name: string; priceCents: number | null; link: string | null }[];
}

describe('a shop’s public page (where the widgets link)', () => {
  let world: World;
  let other: World;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    world = await widgetsWorld(3);
    other = await widgetsWorld(1, world.api, 'Union commerciale de Fougères');
    const [a, b] = world.shops;
    const running = await insertCampaign(world, 'Fête des vitrines', 'RUNNING');
    const reviewing = await insertCampaign(world, 'Nocturne de décembre', 'RUNNING');
    const draft = await insertCampaign(world, 'Temps fort en préparation', 'DRAFT');
    ids['running'] = (await insertOffer(world, running, a, OfferStatus.APPROVED, 15)).id;
    ids['pending'] = (await insertOffer(world, reviewing, a, OfferStatus.PENDING, 41)).id;
    ids['draft'] = (await insertOffer(world, draft, a, OfferStatus.APPROVED, 42)).id;
    ids['otherShop'] = (await insertOffer(world, running, b, OfferStatus.APPROVED, 25)).id;
    ids['cashmob'] = (await insertCashmob(world, a, CashmobStatus.PUBLISHED, 5, 'Devant la boutique une')).id;
    ids['proposed'] = (await insertCashmob(world, a, CashmobStatus.PROPOSED, 6, 'Lieu secret proposé')).id;
    await a.ok(CREATE_PRODUCT, { input: { name: 'Kouign-amann', priceCents: 450, text: 'Pur beurre.' } });
    await a.ok(CREATE_PRODUCT, {
      input: { name: 'Panier du marché', priceCents: null, link: 'https://boutique-une.fr/panier' },
    });
    await b.ok(CREATE_PRODUCT, { input: { name: 'Robe d’été', priceCents: 12900 } });
  });
  afterAll(() => world.api.close());

  const showcase = (id: string, language = 'fr') => {
    const client = world.api.client();
    client.language = language;
    return client.request<{ shopShowcase: Showcase }>(SHOWCASE, { id }, { 'x-forwarded-for': freshIp() });
  };
  const codeOf = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.code;

  it('shows the shop’s public profile, its current approved offers, upcoming published cashmobs and featured products, and nothing else', async () => {
    const result = await showcase(world.shops[0].shopId as string);
    const page = result.data?.shopShowcase as Showcase;
    expect(page).toMatchObject({
      name: 'Les Vitrines de Vitré boutique 1',
      website: 'https://boutique-une.fr',
      associationName: 'Les Vitrines de Vitré',
    });
    expect(page.mapUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=3%20rue%20Baudrairie/);
    expect(page.offers).toMatchObject([{ id: ids['running'], headline: '-15 %', campaign: 'Fête des vitrines' }]);
    expect(page.offers[0].url).toMatch(
      new RegExp(`^http://localhost:3000/p/[A-Za-z0-9_-]+\\?offer=${ids['running']}$`),
    );
    expect(page.cashmobs.map((c) => [c.id, c.place])).toEqual([[ids['cashmob'], 'Devant la boutique une']]);
    expect(page.cashmobs[0].url).toMatch(/^http:\/\/localhost:3000\/c\/[A-Za-z0-9_-]+$/);
    expect(page.products).toEqual([
      {
        name: 'Kouign-amann',
        priceCents: 450,
        text: 'Pur beurre.',
        photoUrl: null,
        link: null,
        id: expect.any(String),
      },
      {
        name: 'Panier du marché',
        priceCents: null,
        text: '',
        photoUrl: null,
        link: 'https://boutique-une.fr/panier',
        id: expect.any(String),
      },
    ]);
    const text = JSON.stringify(result);
    for (const secret of [
      ids['pending'],
      ids['draft'],
      ids['otherShop'],
      ids['proposed'],
      'Robe',
      '0299000000',
      'Commerçant',
      world.shops[0].membershipId,
      world.shops[0].email,
    ])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  it('speaks the visitor’s language', async () => {
    const page = (await showcase(world.shops[0].shopId as string, 'en')).data?.shopShowcase as Showcase;
    expect(page.offers[0].headline).toBe('15% off');
  });

  it('is where the widgets link a shop and a product without a link of its own', async () => {
    const widget = await createWidget(world.president);
    const feed = (await (await publicGet(world.api, `/api/public/widgets/${widget.id}`)).json()) as WidgetFeed;
    const shopPage = `http://localhost:3000/b/${world.shops[0].shopId}`;
    const shops = feed.sections.find((s) => s.kind === 'SHOPS')?.items as { id: string; url: string }[];
    expect(shops.find((s) => s.id === world.shops[0].shopId)?.url).toBe(shopPage);
    const products = feed.sections.find((s) => s.kind === 'PRODUCTS')?.items as { name: string; url: string }[];
    expect(products.find((p) => p.name === 'Kouign-amann')?.url).toBe(shopPage);
    expect(products.find((p) => p.name === 'Panier du marché')?.url).toBe('https://boutique-une.fr/panier');
  });

  it('is NOT_FOUND for an unknown or malformed id and for a shop whose owner left the association', async () => {
    expect(codeOf(await showcase('6f1c1a52-44a8-4d7c-9d56-3c1f0e7a2b11'))).toBe('NOT_FOUND');
    expect(codeOf(await showcase('pas-un-id'))).toBe('NOT_FOUND');
    const leaving = world.shops[2];
    expect(codeOf(await showcase(leaving.shopId as string))).toBeUndefined();
    await world.president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: leaving.membershipId });
    expect(codeOf(await showcase(leaving.shopId as string))).toBe('NOT_FOUND');
  });

  it('shows another association’s shop with its own association only', async () => {
    const page = (await showcase(other.shops[0].shopId as string)).data?.shopShowcase as Showcase;
    expect(page.associationName).toBe('Union commerciale de Fougères');
    expect([page.offers, page.cashmobs, page.products]).toEqual([[], [], []]);
  });
});
