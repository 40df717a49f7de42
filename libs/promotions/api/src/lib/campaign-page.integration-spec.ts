import { fetchPublishedImage, pngOfSize, PREVIEW_TAGS, readLinkPreview } from '@assoc/platform-testing';
import { freshIp, promotionsWorld, runningWithOffers, startApp, World } from './promotions-test-helpers';

const PUBLIC_URL = 'https://vitrines.example';
const TRICKY = 'Soldes "d’hiver" <i>$&</i> & $\' ❄️';

describe('campaign link previews without JavaScript (/p/:slug)', () => {
  let world: World;
  beforeAll(async () => {
    world = await promotionsWorld(2, await startApp({ env: { PUBLIC_URL } }));
  });
  afterAll(() => world.api.close());

  const read = (path: string, language?: string) =>
    readLinkPreview(world.api.url, path, {
      'x-forwarded-for': freshIp(),
      ...(language ? { 'accept-language': language } : {}),
    });

  it('serves the campaign page with its own title, description, Open Graph and Twitter tags, and a share card', async () => {
    const { campaign } = await runningWithOffers(world, world.shops);
    await world.api.dataSource.query(`UPDATE campaigns SET title = $2 WHERE id = $1`, [campaign.id, TRICKY]);
    const page = await read(`/p/${campaign.slug}`);
    expect(page.status).toBe(200);
    expect(page.lang).toBe('fr');
    for (const tag of PREVIEW_TAGS) expect([tag, page.metaCounts[tag]]).toEqual([tag, 1]);
    expect(page.title).toBe(`${TRICKY} — Les Vitrines de Vitré`);
    expect(page.meta['og:title']).toBe(`${TRICKY} — Les Vitrines de Vitré`);
    expect(page.document.querySelectorAll('i')).toHaveLength(0);
    expect(page.document.querySelector('h1')?.text).toBe(TRICKY); // server-rendered, the title as text
    expect(page.meta['og:description']).toMatch(/^Du \d+(er)? \S+ au \d+(er)? \S+ : 2 offres dans les boutiques\./);
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/p/${campaign.slug}`);
    expect(page.meta['og:locale']).toBe('fr_FR');
    expect(page.meta['twitter:card']).toBe('summary_large_image');
    expect(page.meta['og:image']).toMatch(
      new RegExp(`^${PUBLIC_URL}/p/${campaign.slug}/share-card/fr/[A-Za-z0-9_-]{22}\\.png$`),
    );
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png', type: 'png' });
    expect([image.width, image.height]).toEqual([
      Number(page.meta['og:image:width']),
      Number(page.meta['og:image:height']),
    ]);
    expect(image.cacheControl).toBe('public, max-age=31536000, immutable');

    const en = await read(`/p/${campaign.slug}`, 'en-US,en;q=0.8');
    expect([en.lang, en.meta['og:locale']]).toEqual(['en', 'en_GB']);
    expect(en.meta['og:description']).toMatch(/^From \d+ \S+ to \d+ \S+: 2 offers in the shops\./);
    expect((await fetchPublishedImage(PUBLIC_URL, world.api.url, en.meta['og:image'])).type).toBe('png');
  });

  it('gives the card a new URL when the title changes (the old key leads to the new card)', async () => {
    const { campaign } = await runningWithOffers(world, world.shops.slice(0, 1));
    const before = (await read(`/p/${campaign.slug}`)).meta['og:image'];
    const beforeImage = await fetchPublishedImage(PUBLIC_URL, world.api.url, before);
    await world.api.dataSource.query(`UPDATE campaigns SET title = 'Un autre titre' WHERE id = $1`, [campaign.id]);
    const after = (await read(`/p/${campaign.slug}`)).meta['og:image'];
    expect(after).not.toBe(before);
    const afterImage = await fetchPublishedImage(PUBLIC_URL, world.api.url, after);
    expect(afterImage.status).toBe(200);
    expect(afterImage.bytes.equals(beforeImage.bytes)).toBe(false);
    const old = await fetch(`${world.api.url}${new URL(before).pathname}`, { redirect: 'manual' });
    expect([old.status, old.headers.get('location')]).toEqual([302, after]);
  });

  it("shows the campaign's uploaded cover, at its true size, and the share card only without one", async () => {
    const { campaign } = await runningWithOffers(world, world.shops.slice(0, 1));
    const upload = async (bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('cover', new Blob([new Uint8Array(bytes)]), name);
      const done = await world.president.fetch(`/api/campaigns/${campaign.id}/cover`, { method: 'POST', body: form });
      expect(done.status).toBe(200);
      return ((await done.json()) as { coverUrl: string }).coverUrl;
    };
    expect((await read(`/p/${campaign.slug}`)).meta['og:image']).toContain('/share-card/');

    const coverUrl = await upload(pngOfSize(1200, 800), 'vitrine.png');
    const page = await read(`/p/${campaign.slug}`);
    expect(page.meta['og:image']).toBe(`${PUBLIC_URL}${coverUrl}`);
    expect(page.meta['twitter:image']).toBe(`${PUBLIC_URL}${coverUrl}`);
    expect(page.meta['twitter:card']).toBe('summary_large_image');
    expect([page.meta['og:image:type'], page.meta['og:image:width'], page.meta['og:image:height']]).toEqual([
      'image/png',
      '1200',
      '800',
    ]);
    const image = await fetchPublishedImage(PUBLIC_URL, world.api.url, page.meta['og:image']);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png', type: 'png', width: 1200, height: 800 });

    // A cover too small for previews (Facebook ignores images under 200 px): the card again.
    await upload(pngOfSize(300, 120), 'bandeau.png');
    const small = await read(`/p/${campaign.slug}`);
    expect(small.meta['og:image']).toContain(`/p/${campaign.slug}/share-card/fr/`);
    expect([small.meta['og:image:width'], small.meta['og:image:height']]).toEqual(['1200', '630']);
  });

  it('answers an unknown slug with a 404 page kept out of search engines', async () => {
    const missing = await read('/p/no-such-campaign');
    expect(missing.status).toBe(404);
    expect(missing.meta['robots']).toBe('noindex');
    expect(missing.meta['og:title']).toBe('Temps fort introuvable'); // nothing about any campaign
    expect(missing.title).toBe('Temps fort introuvable');
    expect(missing.document.querySelector('h1')?.text).toBe('Temps fort introuvable');
    expect((await fetch(`${world.api.url}/p/no-such-campaign/share-card/fr/AAAA.png`)).status).toBe(404);
  });
});
