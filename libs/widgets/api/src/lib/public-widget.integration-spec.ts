import { CashmobStatus } from '@assoc/cashmobs-domain';
import { RateLimiter } from '@assoc/platform-api';
import { StatementCounter } from '@assoc/platform-testing';
import { OfferStatus } from '@assoc/promotions-domain';
import { WidgetFeed } from '@assoc/widgets-domain';
import { gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import {
  CREATE_PRODUCT,
  createWidget,
  DELETE_WIDGET,
  freshIp,
  insertCampaign,
  insertCashmob,
  insertOffer,
  publicGet,
  widgetsWorld,
  World,
} from './widgets-test-helpers';

/** A raw GET (fetch hides the compressed bytes): status, headers and the body as sent. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the public widget data, the embed script and the iframe page', () => {
  let world: World;
  let other: World;
  let widgetId: string;
  let expected: Record<string, string>;
  beforeAll(async () => {
    world = await widgetsWorld(3);
    other = await widgetsWorld(1, world.api, 'Union commerciale de Fougères');
    const [a, b, c] = world.shops;
    const running = await insertCampaign(world, 'Fête des vitrines', 'RUNNING');
    const published = await insertCampaign(world, 'Braderie d’été', 'PUBLISHED');
    expected = {
      approvedRunning: (await insertOffer(world, running, a, OfferStatus.APPROVED, 15)).id,
      approvedPublished: (await insertOffer(world, published, b, OfferStatus.APPROVED, 25)).id,
      pending: (await insertOffer(world, running, b, OfferStatus.PENDING, 41)).id,
      rejected: (await insertOffer(world, running, c, OfferStatus.REJECTED, 42)).id,
    };
    for (const phase of ['DRAFT', 'ENROLLING', 'FINISHED', 'CANCELLED'] as const) {
      const hidden = await insertCampaign(world, `Temps fort ${phase}`, phase);
      expected[phase] = (await insertOffer(world, hidden, c, OfferStatus.APPROVED, 43)).id;
    }
    expected['cashmob'] = (await insertCashmob(world, a, CashmobStatus.PUBLISHED, 5, 'Devant la boutique une')).id;
    expected['proposedCashmob'] = (await insertCashmob(world, b, CashmobStatus.PROPOSED, 6, 'Lieu secret proposé')).id;
    expected['cancelledCashmob'] = (await insertCashmob(world, b, CashmobStatus.CANCELLED, 7, 'Lieu annulé')).id;
    expected['pastCashmob'] = (await insertCashmob(world, c, CashmobStatus.PUBLISHED, -3, 'Lieu passé')).id;
    await a.ok(CREATE_PRODUCT, { input: { name: 'Kouign-amann', priceCents: 450, text: 'Pur beurre.' } });
    await b.ok(CREATE_PRODUCT, {
      input: { name: 'Robe d’été', priceCents: 12900, link: 'https://robe.example.fr/ete' },
    });
    // another association's content, which must never leak into this association's widget
    const theirs = await insertCampaign(other, 'Temps fort de Fougères', 'RUNNING');
    expected['otherOffer'] = (await insertOffer(other, theirs, other.shops[0], OfferStatus.APPROVED, 44)).id;
    await other.shops[0].ok(CREATE_PRODUCT, { input: { name: 'Galette de Fougères', priceCents: 300 } });
    widgetId = (await createWidget(world.president)).id;
  });
  afterAll(() => world.api.close());

  const feedOf = async (id: string) => {
    const response = await publicGet(world.api, `/api/public/widgets/${id}`);
    return { response, text: await response.text() };
  };

  it('shows only published content of its own association, with absolute links, and nothing personal', async () => {
    const { response, text } = await feedOf(widgetId);
    expect(response.status).toBe(200);
    const feed = JSON.parse(text) as WidgetFeed;
    const ids = (kind: string) => feed.sections.find((s) => s.kind === kind)?.items.map((i) => i.id) ?? [];
    expect(feed).toMatchObject({
      id: widgetId,
      lang: 'fr',
      association: { name: 'Les Vitrines de Vitré', town: 'Vitré' },
      timeZone: 'Europe/Paris',
      currency: 'EUR',
    });
    expect(feed.joinUrl).toMatch(/^http:\/\/localhost:3000\/communaute\/[a-z0-9-]+\/rejoindre\?lang=fr&from=widget$/);
    expect(feed.sections.map((s) => s.kind)).toEqual(['OFFERS', 'CASHMOBS', 'PRODUCTS', 'SHOPS']);
    expect(ids('OFFERS').sort()).toEqual([expected['approvedRunning'], expected['approvedPublished']].sort());
    expect(ids('CASHMOBS')).toEqual([expected['cashmob']]);
    expect(feed.sections.find((s) => s.kind === 'PRODUCTS')?.items).toMatchObject([
      {
        name: 'Kouign-amann',
        priceCents: 450,
        shop: 'Les Vitrines de Vitré boutique 1',
        url: `http://localhost:3000/b/${world.shops[0].shopId}`,
      },
      { name: 'Robe d’été', priceCents: 12900, url: 'https://robe.example.fr/ete' },
    ]);
    expect(ids('SHOPS').sort()).toEqual(world.shops.map((s) => s.shopId).sort());
    const offer = feed.sections[0].items.find((i) => i.id === expected['approvedRunning']);
    expect(offer).toMatchObject({
      headline: '-15 %',
      shop: 'Les Vitrines de Vitré boutique 1',
      campaign: 'Fête des vitrines',
      trade: 'FOOD',
    });
    expect((offer as { url: string }).url).toMatch(
      new RegExp(`^http://localhost:3000/p/[A-Za-z0-9_-]+\\?offer=${expected['approvedRunning']}$`),
    );
    expect((feed.sections[1].items[0] as { url: string }).url).toMatch(/^http:\/\/localhost:3000\/c\/[A-Za-z0-9_-]+$/);
    // a shop links to its public page in the app, which has its website, offers and products
    const shops = feed.sections[3].items as { id: string; url: string | null }[];
    expect(shops.map((s) => s.url).sort()).toEqual(
      world.shops.map((s) => `http://localhost:3000/b/${s.shopId}`).sort(),
    );
    // on the raw text: no draft, hidden, other association's or personal data
    for (const hidden of [
      'pending',
      'rejected',
      'DRAFT',
      'ENROLLING',
      'FINISHED',
      'CANCELLED',
      'proposedCashmob',
      'cancelledCashmob',
      'pastCashmob',
      'otherOffer',
    ])
      expect([hidden, text.includes(expected[hidden])]).toEqual([hidden, false]);
    for (const secret of [
      'Temps fort DRAFT',
      'Lieu secret',
      'Lieu annulé',
      'Lieu passé',
      'Fougères',
      'Galette',
      '@',
      '0299000000',
      'Commerçant',
      'Claire Martin',
      'Yann',
      'Sophie',
      'membership',
      'email',
      'phone',
      world.president.membershipId,
      ...world.shops.map((s) => s.membershipId),
    ])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  it('follows the widget’s shops, trades, size of list and language', async () => {
    const widget = await createWidget(world.president, {
      contents: ['OFFERS', 'SHOPS', 'PRODUCTS'],
      shopIds: [world.shops[0].shopId, world.shops[1].shopId],
      trades: ['FASHION'],
      language: 'EN',
      maxItems: 2,
    });
    const feed = JSON.parse((await feedOf(widget.id)).text) as WidgetFeed;
    expect(feed.lang).toBe('en');
    expect(feed.sections.map((s) => [s.kind, s.items.length])).toEqual([
      ['OFFERS', 1],
      ['PRODUCTS', 1],
    ]);
    expect(feed.sections[0].items[0]).toMatchObject({ id: expected['approvedPublished'], headline: '25% off' });
    // neither offers nor cashmobs: the catalogue's statement still reads (its instant typed though unused)
    const shopsOnly = await createWidget(world.president, { contents: ['PRODUCTS', 'SHOPS'] });
    const answer = await feedOf(shopsOnly.id);
    expect([answer.response.status, (JSON.parse(answer.text) as WidgetFeed).sections.map((s) => s.kind)]).toEqual([
      200,
      ['PRODUCTS', 'SHOPS'],
    ]);
  });

  it('answers in at most 3 SQL statements, whatever the kinds it shows', async () => {
    const counter = new StatementCounter(world.api.dataSource);
    try {
      const { statements, sql, result } = await counter.measure(() => feedOf(widgetId));
      expect(result.response.status).toBe(200);
      expect(JSON.parse(result.text).sections).toHaveLength(4);
      // The widget with its association, then every kind in one statement (the client address's rate
      // limit is counted in the instance and shared in batches: no statement of its own).
      expect(statements).toBeLessThanOrEqual(3);
      expect(sql.filter((q) => /campaign_offers|cashmobs|featured_products/.test(q))).toHaveLength(1);
    } finally {
      counter.restore();
    }
  });

  it('answers any origin without credentials, with cache headers and an ETag (304 when unchanged), and sets no cookie', async () => {
    const ip = freshIp();
    const first = await publicGet(world.api, `/api/public/widgets/${widgetId}`, ip);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('access-control-allow-credentials')).toBeNull();
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('set-cookie')).toBeNull();
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await publicGet(world.api, `/api/public/widgets/${widgetId}`, ip, { 'if-none-match': etag });
    expect([again.status, await again.text()]).toEqual([304, '']);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect([again.headers.get('etag'), again.headers.get('cache-control'), again.headers.get('vary')]).toEqual([
      etag,
      'public, max-age=60',
      'Accept-Encoding',
    ]);
    expect(again.headers.get('content-type')).toBeNull();
    // gzip when the client takes it
    const raw = await rawGet(`${world.api.url}/api/public/widgets/${widgetId}`, {
      'accept-encoding': 'gzip',
      'x-forwarded-for': freshIp(),
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8')).id).toBe(widgetId);
    // a change in what it shows changes the ETag
    await world.shops[2].ok(CREATE_PRODUCT, { input: { name: 'Vase', priceCents: 3500 } });
    const changed = await publicGet(world.api, `/api/public/widgets/${widgetId}`, ip, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('answers a CORS preflight with 204 and the same public headers as the GET', async () => {
    const response = await fetch(`${world.api.url}/api/public/widgets/${widgetId}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://blog.example.fr',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-requested-with',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')).toBe('x-requested-with');
    expect(response.headers.get('access-control-max-age')).toBe('86400');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('is NOT_FOUND for an unknown, malformed or deleted widget, with the CORS header so the script can show its placeholder', async () => {
    for (const id of ['6f1c1a52-44a8-4d7c-9d56-3c1f0e7a2b11', 'pas-un-id']) {
      const response = await publicGet(world.api, `/api/public/widgets/${id}`);
      expect([
        response.status,
        response.headers.get('access-control-allow-origin'),
        ((await response.json()) as { code: string }).code,
      ]).toEqual([404, '*', 'NOT_FOUND']);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const doomed = await createWidget(world.president);
    expect((await publicGet(world.api, `/api/public/widgets/${doomed.id}`)).status).toBe(200);
    await world.president.ok(DELETE_WIDGET, { id: doomed.id });
    expect((await publicGet(world.api, `/api/public/widgets/${doomed.id}`)).status).toBe(404);
  });

  it('rate-limits each client address (429, still readable by the script)', async () => {
    await world.api.app.get(RateLimiter).reset();
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++)
      statuses.push((await publicGet(world.api, `/api/public/widgets/${widgetId}`, ip)).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const limited = await publicGet(world.api, `/api/public/widgets/${widgetId}`, ip);
    expect([
      limited.status,
      limited.headers.get('access-control-allow-origin'),
      ((await limited.json()) as { code: string }).code,
    ]).toEqual([429, '*', 'TOO_MANY_REQUESTS']);
    expect((await publicGet(world.api, `/embed/widgets/${widgetId}`, ip)).status).toBe(429);
    expect((await publicGet(world.api, `/api/public/widgets/${widgetId}`, freshIp())).status).toBe(200);
  });

  it('serves the embed script small, minified and cached, and the iframe page that runs it', async () => {
    const script = await publicGet(world.api, '/widget.js');
    const body = await script.text();
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toContain('attachShadow');
    expect(body).toContain('/api/public/widgets/');
    expect(body).not.toMatch(/\n\s+\n/); // minified
    expect(body.length).toBeLessThan(20_000);
    const raw = await rawGet(`${world.api.url}/widget.js`, { 'accept-encoding': 'gzip' });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.body.length).toBeLessThan(6_000);
    expect(
      (await publicGet(world.api, '/widget.js', freshIp(), { 'if-none-match': script.headers.get('etag') as string }))
        .status,
    ).toBe(304);

    const page = await publicGet(world.api, `/embed/widgets/${widgetId}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain(
      `<div data-assoc-widget="${widgetId}" data-lang="fr"></div><script src="/widget.js"></script>`,
    );
    const missing = await publicGet(world.api, '/embed/widgets/6f1c1a52-44a8-4d7c-9d56-3c1f0e7a2b11');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Les commerces de l'association : contenu momentanément indisponible.");
  });
});
