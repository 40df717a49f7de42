import { CashmobStatus } from '@assoc/cashmobs-domain';
import { OfferStatus } from '@assoc/promotions-domain';
import { HTMLElement, parse } from 'node-html-parser';
import {
  CREATE_PRODUCT,
  freshIp,
  insertCampaign,
  insertCashmob,
  insertOffer,
  widgetsWorld,
  World,
} from './widgets-test-helpers';

const EVIL = 'Chez <script>alert("Lu")</script> & fils';

describe('the server-rendered shop page (/b/:id): profile, offers, cashmobs, products, week', () => {
  let world: World;
  beforeAll(async () => {
    world = await widgetsWorld(2);
    const [a] = world.shops;
    const running = await insertCampaign(world, 'Fête des vitrines', 'RUNNING');
    await insertOffer(world, running, a, OfferStatus.APPROVED, 15);
    await insertCashmob(world, a, CashmobStatus.PUBLISHED, 5, 'Devant la boutique une');
    await a.ok(CREATE_PRODUCT, { input: { name: 'Kouign-amann', priceCents: 450, text: 'Pur beurre.' } });
    await a.ok(CREATE_PRODUCT, { input: { name: EVIL, priceCents: null, link: 'https://boutique-une.fr/panier' } });
  });
  afterAll(() => world.api.close());

  const get = async (path: string, language = 'fr') => {
    const response = await fetch(`${world.api.url}${path}`, {
      headers: { 'x-forwarded-for': freshIp(), 'accept-language': language },
    });
    return { status: response.status, headers: response.headers, document: parse(await response.text()) };
  };
  const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((e) => e.text.trim());

  it('shows the shop’s public profile, offers, cashmobs and products as HTML, every text escaped, no Angular', async () => {
    const page = await get(`/b/${world.shops[0].shopId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const { document } = page;
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(document.querySelector('h1')?.text).toBe('Les Vitrines de Vitré boutique 1');
    expect(document.querySelector('.identity')?.text).toContain('Membre de Les Vitrines de Vitré');
    expect(document.querySelector('.identity')?.text).toContain('Alimentation');
    expect(document.querySelector('.logo.initials')?.text).toBe('LV'); // no logo: the initials, hidden from readers
    expect(document.querySelector('.description')?.text).toBe('Les Vitrines de Vitré boutique 1, au cœur de Vitré.');
    expect(document.querySelector('a[href="https://boutique-une.fr"]')?.text).toBe('Site de la boutique');
    expect(texts(document, 'h2')).toEqual([
      'Offres en cours',
      'Cashmobs à venir',
      'Produits à la une',
      "Horaires d'ouverture",
      'Clients fidèles, rejoignez-nous',
    ]);
    expect(document.querySelector('[data-testid="join-customers"]')?.getAttribute('href')).toMatch(
      /^\/communaute\/[a-z0-9-]+\/rejoindre\?lang=fr&from=shop$/,
    );
    const offer = document.querySelector('[data-testid="showcase-offer"]') as HTMLElement;
    expect(offer.text).toMatch(/Fête des vitrines, jusqu’au \d+ \S+ \d{4}/);
    expect(offer.querySelector('a')?.text).toBe('Voir l’offre');
    const cashmob = document.querySelector('[data-testid="showcase-cashmob"]') as HTMLElement;
    expect(cashmob.querySelector('.headline')?.text).toMatch(/^\S+ \d+ \S+, \d\d:\d\d – \d\d:\d\d$/);
    expect(cashmob.text).toContain('Devant la boutique une');
    expect(cashmob.querySelector('a')?.text).toBe('Je viens');
    const products = document.querySelectorAll('[data-testid="showcase-product"]');
    expect(products.map((p) => p.querySelector('strong')?.text)).toEqual(['Kouign-amann', EVIL]);
    expect(products[0].text).toContain('4,50\u00a0€');
    expect(products[1].querySelector('a')?.getAttribute('href')).toBe('https://boutique-une.fr/panier');
    expect(document.querySelectorAll('main script')).toHaveLength(0);
    expect(document.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/^\/page-assets\/public-page-[0-9A-F]{8}\.js$/),
    ]);
    expect(document.querySelectorAll('assoc-root, style, [style]')).toHaveLength(0);
    // The week: one row per day, Monday first, closed days said.
    const rows = document.querySelectorAll('table.week tr');
    expect(
      rows.map((r) => [r.querySelector('th')?.text.trim().split(' ')[0], r.querySelector('td')?.text.trim()]),
    ).toEqual([
      ['Lundi', 'Fermé'],
      ['Mardi', '09:00 – 19:00'],
      ['Mercredi', 'Fermé'],
      ['Jeudi', 'Fermé'],
      ['Vendredi', 'Fermé'],
      ['Samedi', 'Fermé'],
      ['Dimanche', 'Fermé'],
    ]);
    expect(document.querySelector('table.week caption')?.text.trim()).toBe("Horaires d'ouverture");
    // The page's own address to share: in a field (copied by hand without the script) and a share button.
    const share = document.querySelector('[data-share]') as HTMLElement;
    expect(share.querySelector('label')?.text).toBe('Lien de cette page');
    expect(share.querySelector('input')?.getAttribute('value')).toMatch(new RegExp(`/b/${world.shops[0].shopId}$`));
    expect(share.querySelector('button')?.text.trim()).toBe('Partager');
    expect(share.getAttribute('data-copy-label')).toBe('Copier le lien');
  });

  it('speaks English by Accept-Language or ?lang=en: prices, times and words', async () => {
    for (const page of [
      await get(`/b/${world.shops[0].shopId}`, 'en-GB,en;q=0.9'),
      await get(`/b/${world.shops[0].shopId}?lang=en`),
    ]) {
      expect(page.document.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(texts(page.document, 'h2')).toEqual([
        'Current offers',
        'Upcoming cashmobs',
        'Featured products',
        'Opening hours',
        'Regular customer? Join us',
      ]);
      expect(page.document.querySelector('[data-testid="showcase-product"]')?.text).toContain('€4.50');
      expect(page.document.querySelectorAll('table.week td')[1].text.trim()).toBe('09:00 AM – 07:00 PM');
      expect(page.document.querySelector('.identity')?.text).toContain('Member of Les Vitrines de Vitré');
      expect(page.document.querySelector('[data-share] label')?.text).toBe("This page's link");
      expect(page.document.querySelector('[data-share] button')?.text.trim()).toBe('Share');
    }
  });

  it('leaves out the parts a shop has nothing for', async () => {
    const page = await get(`/b/${world.shops[1].shopId}`);
    expect(texts(page.document, 'h2')).toEqual(["Horaires d'ouverture", 'Clients fidèles, rejoignez-nous']);
    expect(page.document.querySelector('a[href="https://boutique-une.fr"]')).toBeNull();
  });

  it('answers an unknown shop with its own 404 page, kept out of search engines', async () => {
    const missing = await get('/b/00000000-0000-4000-8000-000000000000', 'en');
    expect(missing.status).toBe(404);
    expect(missing.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(missing.document.querySelector('h1')?.text).toBe('Shop not found');
  });
});
