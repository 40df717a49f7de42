import { fetchPublishedImage, PREVIEW_TAGS, readLinkPreview, TEST_WEB_INDEX_HTML } from '@assoc/platform-testing';
import {
  cashmobsWorld,
  createShop,
  freshIp,
  manageToken,
  published,
  SIGN_UP,
  signUpInput,
  visitor,
  World,
} from './cashmobs-test-helpers';

const PUBLIC_URL = 'https://vitrines.example';
const TRICKY = 'Chez "Lu" <b>$&</b> & $\' 🎉';

describe('cashmob link previews without JavaScript (/c/:slug, /c/sign-up/:token)', () => {
  let world: World;
  beforeAll(async () => {
    world = await cashmobsWorld(2, { webIndexHtml: TEST_WEB_INDEX_HTML, env: { PUBLIC_URL } });
    await createShop(world.shops[0], TRICKY, 'FOOD');
  });
  afterAll(() => world.api.close());

  const read = (path: string, language?: string) =>
    readLinkPreview(world.api.url, path, {
      'x-forwarded-for': freshIp(),
      ...(language ? { 'accept-language': language } : {}),
    });

  it('serves the cashmob page with its own title, description, Open Graph and Twitter tags, and a share card', async () => {
    const c = await published(world, world.shops[0]);
    const page = await read(`/c/${c.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.lang).toBe('fr');
    for (const tag of PREVIEW_TAGS) expect([tag, page.metaCounts[tag]]).toEqual([tag, 1]);
    // The name comes back exactly as typed: escaped in the HTML, no tag broken, no "$&" expanded.
    expect(page.title).toBe(`Cashmob chez ${TRICKY} (Vitré)`);
    expect(page.meta['og:title']).toBe(`Cashmob chez ${TRICKY} (Vitré)`);
    expect(page.document.querySelectorAll('b')).toHaveLength(0);
    expect(page.document.querySelector('assoc-root')).not.toBeNull();
    expect(page.document.querySelectorAll('title')).toHaveLength(1);
    const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
    expect(page.meta['og:description']).toContain(time.format(new Date(c.startsAt)));
    expect(page.meta['og:description']).toContain('Dépense suggérée');
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/c/${c.slug}`);
    expect(page.meta['og:locale']).toBe('fr_FR');
    expect(page.meta['twitter:card']).toBe('summary_large_image');
    expect(page.meta['og:site_name']).toBe('Les Vitrines de Vitré');
    expect(page.meta['robots']).toBeUndefined();
    expect(page.meta['og:image']).toMatch(
      new RegExp(`^${PUBLIC_URL}/c/${c.slug}/share-card/fr/[A-Za-z0-9_-]{22}\\.png$`),
    );

    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png', type: 'png' });
    expect([image.width, image.height]).toEqual([
      Number(page.meta['og:image:width']),
      Number(page.meta['og:image:height']),
    ]);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.cacheControl).toBe('public, max-age=31536000, immutable');
  });

  it('speaks English when Accept-Language prefers it, with an English card', async () => {
    const c = await published(world, world.shops[1]);
    const fr = await read(`/c/${c.slug}`, 'fr-FR,fr;q=0.9');
    const en = await read(`/c/${c.slug}`, 'en-GB,en;q=0.9,fr;q=0.5');
    expect(en.lang).toBe('en');
    expect(en.meta['og:locale']).toBe('en_GB');
    expect(en.title).toBe('Cashmob at Boutique 2 (Vitré)');
    expect(en.meta['og:description']).toContain('Suggested spend');
    expect(en.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(en.meta['og:image']).toContain('/share-card/en/');
    expect(en.meta['og:image']).not.toBe(fr.meta['og:image']);
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, en.meta['og:image']);
    expect([image.status, image.type, image.width, image.height]).toEqual([200, 'png', 1200, 630]);
  });

  it('answers an unknown slug with a 404 page kept out of search engines, and an old card key with the current one', async () => {
    const missing = await read('/c/no-such-cashmob');
    expect(missing.status).toBe(404);
    expect(missing.meta['robots']).toBe('noindex');
    expect(missing.meta['og:title']).toBeUndefined();
    expect(missing.title).toBe('Page introuvable');
    expect((await read('/c/no-such-cashmob', 'en')).title).toBe('Page not found');

    const c = await published(world, world.shops[1]);
    const page = await read(`/c/${c.slug}`);
    const old = page.meta['og:image'].replace(/\/[A-Za-z0-9_-]{22}\.png$/, '/AAAAAAAAAAAAAAAAAAAAAA.png');
    const redirected = await fetch(`${world.api.url}${new URL(old).pathname}`, { redirect: 'manual' });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe(page.meta['og:image']);
    expect((await fetch(`${world.api.url}/c/no-such-cashmob/share-card/fr/AAAA.png`)).status).toBe(404);
    expect((await fetch(`${world.api.url}/c/${c.slug}/share-card/de/AAAA.png`)).status).toBe(404);
  });

  it('gives a sign-up’s own page the cashmob’s preview, nothing about the person, its canonical URL the public page, noindex', async () => {
    const c = await published(world, world.shops[1]);
    const email = `preview-${Date.now()}@example.org`;
    await visitor(world.api, freshIp()).request(SIGN_UP, {
      slug: c.slug,
      input: signUpInput({ email, firstName: 'Zoéline' }),
    });
    const token = await manageToken(world.api, email);
    const page = await read(`/c/sign-up/${token}`);
    expect(page.status).toBe(200);
    for (const tag of PREVIEW_TAGS) expect([tag, page.metaCounts[tag]]).toEqual([tag, 1]);
    expect(page.meta['robots']).toBe('noindex');
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/c/${c.slug}`);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const head = page.document.querySelector('head')?.toString() ?? '';
    expect(head).not.toContain('Zoéline');
    expect(head).not.toContain(email);
    expect(head).not.toContain(token);
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect([image.status, image.type, image.width, image.height]).toEqual([200, 'png', 1200, 630]);

    const unknown = await read('/c/sign-up/not-a-real-token');
    expect(unknown.status).toBe(404);
    expect(unknown.meta['robots']).toBe('noindex');
  });
});
