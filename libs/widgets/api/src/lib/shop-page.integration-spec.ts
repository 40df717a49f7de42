import { fetchPublishedImage, pngOfSize, PREVIEW_TAGS, readLinkPreview } from '@assoc/platform-testing';
import {
  createShop,
  createWidget,
  freshIp,
  startApp,
  UPDATE_WIDGET,
  widgetsWorld,
  World,
} from './widgets-test-helpers';

const PUBLIC_URL = 'https://vitrines.example';
const TRICKY = 'L’Atelier "Nadia" <script>$&</script> & $\' 🧵';

describe('shop and widget link previews without JavaScript (/b/:id, /embed/widgets/:id)', () => {
  let world: World;
  beforeAll(async () => {
    world = await widgetsWorld(2, await startApp({ env: { PUBLIC_URL } }));
    await createShop(world.shops[0], TRICKY, 'CRAFTS');
  });
  afterAll(() => world.api.close());

  const read = (path: string, language?: string) =>
    readLinkPreview(world.api.url, path, {
      'x-forwarded-for': freshIp(),
      ...(language ? { 'accept-language': language } : {}),
    });

  it('serves the shop page (where widgets link) with its own title, description, Open Graph and Twitter tags, and a share card', async () => {
    const id = world.shops[0].shopId as string;
    const page = await read(`/b/${id}`);
    expect(page.status).toBe(200);
    expect(page.lang).toBe('fr');
    for (const tag of PREVIEW_TAGS) expect([tag, page.metaCounts[tag]]).toEqual([tag, 1]);
    expect(page.title).toBe(`${TRICKY} — Artisanat (Vitré)`);
    expect(page.meta['og:title']).toBe(page.title);
    expect(page.document.querySelectorAll('script')).toHaveLength(1); // only the page's own script file
    expect(page.document.querySelector('h1')?.text).toBe(TRICKY); // server-rendered, the name as text
    expect(page.meta['og:description']).toContain('Artisanat à Vitré, membre de Les Vitrines de Vitré.');
    expect(page.meta['og:description']).toContain('au cœur de Vitré.');
    expect(page.meta['og:description']).not.toContain('Commerçant'); // nothing about the shopkeeper
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/b/${id}`);
    expect(page.meta['og:locale']).toBe('fr_FR');
    expect(page.meta['twitter:card']).toBe('summary_large_image');
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png', type: 'png' });
    expect([image.width, image.height]).toEqual([
      Number(page.meta['og:image:width']),
      Number(page.meta['og:image:height']),
    ]);
    expect(image.cacheControl).toBe('public, max-age=31536000, immutable');

    const en = await read(`/b/${id}`, 'en-GB,en;q=0.9');
    expect([en.lang, en.meta['og:locale'], en.title]).toEqual(['en', 'en_GB', `${TRICKY} — Crafts (Vitré)`]);
    expect(en.meta['og:image']).toContain('/share-card/en/');
    expect((await fetchPublishedImage(PUBLIC_URL, world.api.url, en.meta['og:image'])).type).toBe('png');
  });

  it("shows the shop's uploaded logo as a small card, at its true size, and the share card only without one", async () => {
    const shopkeeper = world.shops[1];
    const id = shopkeeper.shopId as string;
    const upload = async (bytes: Buffer) => {
      const form = new FormData();
      form.append('logo', new Blob([new Uint8Array(bytes)]), 'logo.png');
      const done = await shopkeeper.fetch('/api/shops/mine/logo', { method: 'POST', body: form });
      expect(done.status).toBe(200);
    };
    expect((await read(`/b/${id}`)).meta['og:image']).toContain(`/b/${id}/share-card/fr/`);

    await upload(pngOfSize(400, 400));
    const page = await read(`/b/${id}`);
    expect(page.meta['og:image']).toMatch(new RegExp(`^${PUBLIC_URL}/uploads/logos/[0-9a-f]{64}\\.png$`));
    expect(page.meta['twitter:image']).toBe(page.meta['og:image']);
    expect(page.meta['twitter:card']).toBe('summary');
    expect([page.meta['og:image:type'], page.meta['og:image:width'], page.meta['og:image:height']]).toEqual([
      'image/png',
      '400',
      '400',
    ]);
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png', type: 'png', width: 400, height: 400 });

    // A tiny logo (previews ignore images under 200 px) leaves the large share card.
    await upload(pngOfSize(64, 64));
    const tiny = await read(`/b/${id}`);
    expect(tiny.meta['og:image']).toContain(`/b/${id}/share-card/fr/`);
    expect(tiny.meta['twitter:card']).toBe('summary_large_image');
  });

  it('answers an unknown shop with a 404 page kept out of search engines', async () => {
    for (const path of ['/b/not-a-uuid', '/b/00000000-0000-4000-8000-000000000000']) {
      const missing = await read(path);
      expect([path, missing.status, missing.meta['robots'], missing.meta['og:title']]).toEqual([
        path,
        404,
        'noindex',
        'Boutique introuvable', // nothing about any shop
      ]);
    }
  });

  it('gives the widget’s iframe page a preview in the widget’s language, with a card in its colour', async () => {
    const widget = await createWidget(world.president, { language: 'EN', accentColor: '#0f5e63' });
    const page = await read(`/embed/widgets/${widget.id}`);
    expect(page.status).toBe(200);
    expect(page.lang).toBe('en');
    for (const tag of PREVIEW_TAGS) expect([tag, page.metaCounts[tag]]).toEqual([tag, 1]);
    expect(page.meta['robots']).toBe('noindex');
    expect(page.metaCounts['robots']).toBe(1);
    expect(page.title).toBe('Les Vitrines de Vitré');
    expect(page.meta['og:description']).toBe('The shops, offers and cashmobs of Les Vitrines de Vitré (Vitré).');
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/embed/widgets/${widget.id}`);
    expect(page.meta['og:locale']).toBe('en_GB');
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect([image.status, image.type, image.width, image.height]).toEqual([200, 'png', 1200, 630]);
    // The card is drawn in the widget's accent colour: another colour, another card.
    await world.president.ok(UPDATE_WIDGET, { input: { id: widget.id, accentColor: '#7a1f3d' } });
    const recoloured = await read(`/embed/widgets/${widget.id}`);
    expect(recoloured.meta['og:image']).not.toBe(page.meta['og:image']);
    const missing = await read('/embed/widgets/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.meta['og:title']).toBeUndefined();
  });
});
