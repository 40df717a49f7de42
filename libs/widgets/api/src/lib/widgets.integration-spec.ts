import { createHash } from 'node:crypto';
import { hasMessage, Locale, message, Permission, Role, roleHasPermission } from '@assoc/platform-domain';
import { WIDGETS_MESSAGES } from '@assoc/widgets-domain';
import {
  CREATE_PRODUCT,
  CREATE_WIDGET,
  createWidget,
  DELETE_PRODUCT,
  DELETE_WIDGET,
  MY_PRODUCTS,
  problem,
  SHOP_CHOICES,
  UPDATE_PRODUCT,
  UPDATE_WIDGET,
  Widget,
  WIDGET,
  widgetInput,
  WIDGETS,
  widgetsWorld,
  World,
} from './widgets-test-helpers';

const SET_LOCALE = `mutation($locale: Locale!) { setLocale(locale: $locale) { id } }`;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('widgets: settings by the president and board, featured products by each shop', () => {
  let world: World;
  let other: World;
  beforeAll(async () => {
    world = await widgetsWorld(3);
    other = await widgetsWorld(1, world.api, 'Union commerciale de Fougères');
  });
  afterAll(() => world.api.close());

  it('the messages are in the catalogue word for word, and only the president and board manage widgets', () => {
    for (const [reason, text] of Object.entries(WIDGETS_MESSAGES)) {
      expect([reason, hasMessage(reason)]).toEqual([reason, true]);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
    expect(Object.values(Role).filter((r) => roleHasPermission(r, Permission.ManageWidgets))).toEqual([
      Role.PRESIDENT,
      Role.BOARD,
    ]);
  });

  it('creates, lists, reads, changes and deletes a widget, colours normalised, kinds in display order', async () => {
    const created = await createWidget(world.president, {
      contents: ['SHOPS', 'OFFERS'],
      shopIds: [world.shops[1].shopId],
      trades: ['FASHION'],
      language: 'EN',
      size: 'SMALL',
      maxItems: 4,
      accentColor: '#ABC',
    });
    expect(created).toMatchObject({
      contents: ['OFFERS', 'SHOPS'],
      shopIds: [world.shops[1].shopId],
      trades: ['FASHION'],
      language: 'EN',
      size: 'SMALL',
      maxItems: 4,
      accentColor: '#aabbcc',
      backgroundColor: '#ffffff',
      textColor: '#1f2937',
      updatedAt: null,
    });
    expect((await world.board.ok<{ widgets: { id: string }[] }>(WIDGETS)).widgets.map((w) => w.id)).toContain(
      created.id,
    );
    const updated = (
      await world.board.ok<{ updateWidget: Widget }>(UPDATE_WIDGET, {
        input: { id: created.id, name: 'Blog du Journal de Vitré', shopIds: [], textColor: '#000' },
      })
    ).updateWidget;
    expect(updated).toMatchObject({
      name: 'Blog du Journal de Vitré',
      shopIds: [],
      textColor: '#000000',
      accentColor: '#aabbcc',
      language: 'EN',
    });
    expect((await world.president.ok<{ widget: Widget }>(WIDGET, { id: created.id })).widget.name).toBe(
      'Blog du Journal de Vitré',
    );
    expect(await world.president.ok(DELETE_WIDGET, { id: created.id })).toEqual({ deleteWidget: true });
    expect((await world.president.fails(WIDGET, { id: created.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await world.president.fails(DELETE_WIDGET, { id: created.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad settings with an error naming each field, in the person’s language, and saves nothing', async () => {
    const before = (await world.president.ok<{ widgets: unknown[] }>(WIDGETS)).widgets.length;
    const attempt = async (extra: Record<string, unknown>, language: 'FR' | 'EN' = 'FR') => {
      if (language === 'EN') await world.president.ok(SET_LOCALE, { locale: 'EN' });
      const result = problem(await world.president.request(CREATE_WIDGET, { input: widgetInput(extra) }));
      if (language === 'EN') await world.president.ok(SET_LOCALE, { locale: 'FR' });
      return result;
    };
    expect(await attempt({ accentColor: 'red', backgroundColor: '#12', textColor: 'rgb(0,0,0)' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'accentColor', message: 'La couleur doit être au format #rgb ou #rrggbb (ex. #1d4ed8).' },
        { field: 'backgroundColor', message: 'La couleur doit être au format #rgb ou #rrggbb (ex. #1d4ed8).' },
        { field: 'textColor', message: 'La couleur doit être au format #rgb ou #rrggbb (ex. #1d4ed8).' },
      ],
    });
    expect(await attempt({ accentColor: '#ff000080' }, 'EN')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accentColor', message: 'The colour must be #rgb or #rrggbb (e.g. #1d4ed8).' }],
    });
    expect(await attempt({ maxItems: 0, contents: [], name: ' ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'Ce champ est obligatoire.' },
        { field: 'contents', message: 'Choisissez au moins un contenu à afficher.' },
        { field: 'maxItems', message: 'La valeur doit être au moins 1.' },
      ],
    });
    expect(await attempt({ maxItems: 25 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'maxItems', message: 'La valeur doit être au plus 24.' }],
    });
    // a size that does not exist is refused by the schema, naming the variable
    const size = await world.president.request(CREATE_WIDGET, { input: widgetInput({ size: 'HUGE' }) });
    expect(size.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(size.errors)).toContain('size');
    // shops: another association's, or no shop at all
    expect(
      await attempt({
        shopIds: [world.shops[0].shopId, other.shops[0].shopId, '6f1c1a52-44a8-4d7c-9d56-3c1f0e7a2b11'],
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'shopIds.1', message: "Cette boutique n'existe pas dans l'association." },
        { field: 'shopIds.2', message: "Cette boutique n'existe pas dans l'association." },
      ],
    });
    expect((await attempt({ shopIds: ['pas-un-id'] })).code).toBe('BAD_USER_INPUT');
    const widget = await createWidget(world.president);
    expect(
      problem(await world.president.request(UPDATE_WIDGET, { input: { id: widget.id, backgroundColor: 'white' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'backgroundColor', message: 'La couleur doit être au format #rgb ou #rrggbb (ex. #1d4ed8).' }],
    });
    expect((await world.president.ok<{ widget: Widget }>(WIDGET, { id: widget.id })).widget.backgroundColor).toBe(
      '#ffffff',
    );
    expect((await world.president.ok<{ widgets: unknown[] }>(WIDGETS)).widgets.length).toBe(before + 1);
  });

  it('keeps widgets to their association, and to the president and board', async () => {
    const widget = await createWidget(world.president);
    expect((await other.president.fails(WIDGET, { id: widget.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await other.president.fails(UPDATE_WIDGET, { input: { id: widget.id, name: 'Pris' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await other.president.fails(DELETE_WIDGET, { id: widget.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.president.ok<{ widgets: { id: string }[] }>(WIDGETS)).widgets.map((w) => w.id)).not.toContain(
      widget.id,
    );
    for (const client of [world.shops[0], world.consultant]) {
      expect((await client.fails(WIDGETS)).extensions?.code).toBe('FORBIDDEN');
      expect((await client.fails(CREATE_WIDGET, { input: widgetInput() })).extensions?.code).toBe('FORBIDDEN');
      expect((await client.fails(DELETE_WIDGET, { id: widget.id })).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await world.api.client().fails(WIDGETS)).extensions?.code).toBe('UNAUTHENTICATED');
    const choices = (await world.board.ok<{ widgetShopChoices: { id: string; name: string }[] }>(SHOP_CHOICES))
      .widgetShopChoices;
    expect(choices.map((c) => c.id).sort()).toEqual(world.shops.map((s) => s.shopId).sort());
  });

  it('lets a shopkeeper feature up to six products of their own shop, field errors named, photos by upload', async () => {
    const shop = world.shops[2];
    const first = (
      await shop.ok<{
        createFeaturedProduct: { id: string; position: number; priceCents: number | null; link: string | null };
      }>(CREATE_PRODUCT, {
        input: {
          name: 'Gilet en laine',
          priceCents: 8900,
          text: 'Tricoté à Vitré.',
          link: 'https://boutique.fr/gilet',
        },
      })
    ).createFeaturedProduct;
    expect(first).toMatchObject({ position: 0, priceCents: 8900, link: 'https://boutique.fr/gilet' });
    const fields = async (query: string, input: Record<string, unknown>) =>
      problem(await shop.request(query, { input }));
    expect(
      await fields(CREATE_PRODUCT, { name: '', priceCents: -5, text: 'x'.repeat(201), link: 'javascript:alert(1)' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'Ce champ est obligatoire.' },
        { field: 'priceCents', message: 'La valeur doit être au moins 0.' },
        { field: 'text', message: 'Ce champ doit comporter au plus 200 caractères.' },
        { field: 'link', message: "L'adresse du site n'est pas valide (ex. https://ma-boutique.fr)." },
      ],
    });
    expect(
      (await shop.request(CREATE_PRODUCT, { input: { name: 'Demi-centime', priceCents: 4.5 } })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    const changed = (
      await shop.ok<{ updateFeaturedProduct: { priceCents: number | null; link: string | null; name: string } }>(
        UPDATE_PRODUCT,
        { input: { id: first.id, priceCents: null, link: null } },
      )
    ).updateFeaturedProduct;
    expect(changed).toMatchObject({ name: 'Gilet en laine', priceCents: null, link: null });
    // another shop cannot touch it; the board has no shop of its own to feature
    expect(
      (await world.shops[1].fails(UPDATE_PRODUCT, { input: { id: first.id, name: 'Volé' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await world.shops[1].fails(DELETE_PRODUCT, { id: first.id })).extensions?.code).toBe('NOT_FOUND');
    expect(problem(await world.shopless.request(CREATE_PRODUCT, { input: { name: 'Rien' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: "Enregistrez d'abord votre boutique (« Ma boutique »), puis ajoutez vos produits." },
      ],
    });
    expect((await world.consultant.fails(CREATE_PRODUCT, { input: { name: 'Conseil' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // the photo: an image's bytes, not its name
    const upload = (client: typeof shop, id: string, bytes: Buffer, name: string) => {
      const body = new FormData();
      body.append('photo', new Blob([new Uint8Array(bytes)]), name);
      return client.fetch(`/api/widgets/products/${id}/photo`, { method: 'POST', body });
    };
    const ok = await upload(shop, first.id, PNG, 'gilet.png');
    expect(ok.status).toBe(200);
    const { photoUrl } = (await ok.json()) as { photoUrl: string };
    // named by its content, public like the widgets, cached for a year
    expect(photoUrl).toBe(`/uploads/products/${createHash('sha256').update(PNG).digest('hex')}.png`);
    const served = await fetch(`${world.api.url}${photoUrl}`);
    expect([served.status, served.headers.get('cache-control'), served.headers.get('content-type')]).toEqual([
      200,
      'public, max-age=31536000, immutable',
      'image/png',
    ]);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    const bad = await upload(shop, first.id, Buffer.from('pas une image'), 'photo.png');
    expect([bad.status, await bad.json()]).toMatchObject([
      400,
      {
        code: 'BAD_USER_INPUT',
        message: 'Le fichier doit être une image PNG, JPEG ou WebP.',
        fields: [{ field: 'photo', message: 'Le fichier doit être une image PNG, JPEG ou WebP.' }],
      },
    ]);
    expect((await upload(world.shops[1], first.id, PNG, 'x.png')).status).toBe(404);
    // six at most, held under concurrent creations
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        shop.request(CREATE_PRODUCT, { input: { name: `Produit ${i}`, priceCents: 100 * i } }),
      ),
    );
    expect(results.filter((r) => r.data?.createFeaturedProduct)).toHaveLength(5);
    expect(
      results.filter(
        (r) => r.errors?.[0].extensions?.fields?.[0].message === 'Pas plus de 6 produits mis en avant par boutique.',
      ),
    ).toHaveLength(3);
    const mine = (
      await shop.ok<{
        myFeaturedProducts: { shopId: string; max: number; products: { position: number; photoUrl: string | null }[] };
      }>(MY_PRODUCTS)
    ).myFeaturedProducts;
    expect(mine.shopId).toBe(shop.shopId);
    expect(mine.max).toBe(6);
    expect(mine.products.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mine.products[0].photoUrl).toBe(photoUrl);
    expect(await shop.ok(DELETE_PRODUCT, { id: first.id })).toEqual({ deleteFeaturedProduct: true });
    expect(
      (await shop.ok<{ myFeaturedProducts: { products: unknown[] } }>(MY_PRODUCTS)).myFeaturedProducts.products,
    ).toHaveLength(5);
    expect(
      (await world.shopless.ok<{ myFeaturedProducts: { shopId: string | null; products: unknown[] } }>(MY_PRODUCTS))
        .myFeaturedProducts,
    ).toMatchObject({ shopId: null, products: [] });
  });
});
