import { HTMLElement, parse } from 'node-html-parser';
import { freshIp, promotionsWorld, runningWithOffers, startApp, World } from './promotions-test-helpers';

const PUBLIC_URL = 'https://vitrines.example';
const EVIL = '<script>alert("temps fort")</script> & co';

interface Page {
  status: number;
  headers: Headers;
  document: HTMLElement;
  offers: HTMLElement[];
  offer: (shop: string) => HTMLElement;
}

describe('the server-rendered campaign page (/p/:slug): content, languages, the voucher form without JavaScript', () => {
  let world: World;
  beforeAll(async () => {
    world = await promotionsWorld(2, await startApp({ env: { PUBLIC_URL } }));
  });
  afterAll(() => world.api.close());

  const shopName = (i: number) => `Les Vitrines de Vitré boutique ${i + 1}`;

  async function read(response: Response): Promise<Page> {
    const document = parse(await response.text(), { comment: false });
    const offers = document.querySelectorAll('[data-testid="public-offer"]');
    return {
      status: response.status,
      headers: response.headers,
      document,
      offers,
      offer: (shop) => {
        const found = offers.find((o) => o.querySelector('.shop strong')?.text === shop);
        if (!found) throw new Error(`no offer of ${shop}`);
        return found;
      },
    };
  }

  const get = async (path: string, language = 'fr') =>
    read(
      await fetch(`${world.api.url}${path}`, {
        headers: { 'x-forwarded-for': freshIp(), 'accept-language': language },
      }),
    );

  const post = async (path: string, form: Record<string, string>, language = 'fr') =>
    read(
      await fetch(`${world.api.url}${path}`, {
        method: 'POST',
        headers: {
          'x-forwarded-for': freshIp(),
          'accept-language': language,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );

  const vouchers = async (offerId: string) =>
    Number(
      (
        (await world.api.dataSource.query(`SELECT count(*) AS n FROM campaign_vouchers WHERE "offerId" = $1`, [
          offerId,
        ])) as { n: string }[]
      )[0].n,
    );

  it('shows the campaign and its offers as HTML, every text escaped, with one script file and one style sheet', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops);
    await world.api.dataSource.query(`UPDATE campaigns SET title = $2, description = $2 WHERE id = $1`, [
      campaign.id,
      EVIL,
    ]);
    const page = await get(`/p/${campaign.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const { document } = page;
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(document.querySelector('h1')?.text).toBe(EVIL);
    expect(document.querySelector('.description')?.text).toBe(EVIL);
    const scripts = document.querySelectorAll('script');
    expect(scripts.map((s) => [s.getAttribute('src'), s.text])).toEqual([
      [expect.stringMatching(/^\/page-assets\/public-page-[0-9A-F]{8}\.js$/), ''],
    ]);
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelector('.brand-name')?.text).toBe('Les Vitrines de Vitré');
    expect(document.querySelector('[data-testid="public-dates"]')?.text).toMatch(
      /^Du \S+ \d+ \S+ \d{4} à \d\d:\d\d au /,
    );
    expect(document.querySelector('#offers-title')?.text).toBe('Les offres (2)');
    expect(page.offers).toHaveLength(2);
    const first = page.offer(shopName(0));
    expect(first.querySelector('h3')?.text).toBe('-20 %');
    expect(first.querySelector('.chip')?.text).toBe('Alimentation');
    expect(first.text).toContain('Conditions : Dès 30 € d’achat');
    expect(first.text).toContain('3 rue Baudrairie, 35500 Vitré');
    expect(first.querySelector('details summary')?.text).toBe('Horaires d’ouverture');
    expect(
      first.querySelectorAll('dl div').map((d) => [d.querySelector('dt')?.text, d.querySelector('dd')?.text]),
    ).toEqual([['Mardi', '09:00–19:00']]);
    expect(first.querySelector('code')?.text).toBe(offers[0].code);
    expect(first.querySelector('button[data-disclose]')?.text.trim()).toBe('Obtenir mon bon');
    // The form is in the page, hidden until the button opens it; its fields are labelled.
    const form = first.querySelector('form[method="post"]') as HTMLElement;
    expect(form.hasAttribute('hidden')).toBe(true);
    expect(form.getAttribute('action')).toBe(`/p/${campaign.slug}`);
    const email = form.querySelector('input[name="email"]') as HTMLElement;
    expect(form.querySelector(`label[for="${email.id}"]`)?.text).toBe('Adresse e-mail (facultatif)');
    const consent = form.querySelector('input[name="consent"]') as HTMLElement;
    expect(form.querySelector(`label[for="${consent.id}"]`)?.text).toContain(
      'J’accepte que Les Vitrines de Vitré conserve mon adresse e-mail',
    );
    // Two offers' forms on one page: no id twice.
    const ids = document.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('speaks English by Accept-Language or ?lang=en, and its language menu links both', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops.slice(0, 1));
    for (const page of [await get(`/p/${campaign.slug}`, 'en-GB,en;q=0.9'), await get(`/p/${campaign.slug}?lang=en`)]) {
      expect(page.document.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(page.document.querySelector('#offers-title')?.text).toBe('The offers (1)');
      expect(page.document.querySelector('[data-testid="public-dates"]')?.text).toMatch(/^From \w+day, /);
      expect(page.offers[0].querySelector('button[data-disclose]')?.text.trim()).toBe('Get my voucher');
      expect(page.offers[0].querySelector('.chip')?.text).toBe('Food');
    }
    // The language chosen in the menu stays with the page's links and forms, and with what a form answers.
    const chosen = await get(`/p/${campaign.slug}?lang=en`, 'fr');
    const form = chosen.offers[0].querySelector('form[method="post"]') as HTMLElement;
    expect(form.getAttribute('action')).toBe(`/p/${campaign.slug}?lang=en`);
    expect(chosen.offers[0].querySelector('form[method="get"] input[name="lang"]')?.getAttribute('value')).toBe('en');
    const refused = await post(form.getAttribute('action') as string, { offerId: offers[0].id, email: 'x@y' }, 'fr');
    expect(refused.document.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(refused.offers[0].querySelector('.error')?.text).toBe('The e-mail address is not valid.');
    const menu = (await get(`/p/${campaign.slug}?offer=x`)).document.querySelectorAll('[role="menuitemradio"]');
    expect(menu.map((a) => [a.text, a.getAttribute('href'), a.getAttribute('aria-checked')])).toEqual([
      ['Français', `/p/${campaign.slug}?offer=x&lang=fr`, 'true'],
      ['English', `/p/${campaign.slug}?offer=x&lang=en`, 'false'],
    ]);
  });

  it('filters by trade with links, puts the poster’s offer first, and opens a form on ?claim=', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops);
    const all = await get(`/p/${campaign.slug}?offer=${offers[1].id}`);
    expect(all.offers.map((o) => [o.id, o.classList.contains('highlight')])).toEqual([
      [`offer-${offers[1].id}`, true],
      [`offer-${offers[0].id}`, false],
    ]);
    const filter = all.document.querySelector('nav[aria-label="Filtrer par métier"]') as HTMLElement;
    expect(filter.querySelectorAll('a').map((a) => [a.text, a.getAttribute('aria-current')])).toEqual([
      ['Tous', 'page'],
      ['Mode', undefined],
      ['Alimentation', undefined],
    ]);
    const fashion = await get(filter.querySelectorAll('a')[1].getAttribute('href') as string);
    expect(fashion.offers.map((o) => o.querySelector('.shop strong')?.text)).toEqual([shopName(1)]);
    expect(fashion.document.querySelector('#offers-title')?.text).toBe('Les offres (1)');
    expect(fashion.document.querySelector('nav a[aria-current]')?.text).toBe('Mode');

    const open = await get(`/p/${campaign.slug}?claim=${offers[0].id}`);
    expect(open.offer(shopName(0)).querySelector('form[method="post"]')?.hasAttribute('hidden')).toBe(false);
    expect(open.offer(shopName(1)).querySelector('form[method="post"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('gives a voucher to a form posted without JavaScript, shown once in its offer', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops.slice(0, 1));
    const page = await post(`/p/${campaign.slug}?offer=${offers[0].id}`, { offerId: offers[0].id, email: '' });
    expect(page.status).toBe(200);
    const voucher = page.offers[0].querySelector('[data-testid="voucher"]') as HTMLElement;
    expect(voucher.getAttribute('role')).toBe('status');
    expect(voucher.querySelector('h3')?.text).toBe('Votre bon');
    expect(voucher.querySelector('[data-testid="voucher-code"]')?.text).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(voucher.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(voucher.querySelector('img')?.getAttribute('alt')).toBe('QR code du bon');
    expect(voucher.text).toMatch(/Valable du \d+ \S+ \d{4} au/);
    expect(page.offers[0].querySelector('form[method="post"]')).toBeNull();
    // Reloading shows the page without the voucher (the script replaces the address).
    expect(page.document.querySelector('body')?.getAttribute('data-url')).toBe(
      `/p/${campaign.slug}?offer=${offers[0].id}`,
    );
    expect(await vouchers(offers[0].id)).toBe(1);
  });

  it('sends the form back with the field and the reason, what was typed kept, and claims nothing', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops, { onePerCustomer: true });
    const before = await vouchers(offers[0].id);

    const missing = await post(`/p/${campaign.slug}`, { offerId: offers[0].id, email: '' });
    expect(missing.status).toBe(400);
    const email = missing.offer(shopName(0)).querySelector('input[name="email"]') as HTMLElement;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(missing.document.querySelector(`#${email.getAttribute('aria-describedby')?.split(' ').pop()}`)?.text).toBe(
      'Cette offre est limitée à une par client : indiquez votre adresse e-mail.',
    );
    expect(missing.offer(shopName(0)).querySelector('form[method="post"]')?.hasAttribute('hidden')).toBe(false);

    const invalid = await post(`/p/${campaign.slug}`, { offerId: offers[0].id, email: 'lea@example', consent: 'true' });
    expect(invalid.status).toBe(400);
    const typed = invalid.offer(shopName(0)).querySelector('input[name="email"]') as HTMLElement;
    expect(typed.getAttribute('value')).toBe('lea@example');
    expect(invalid.offer(shopName(0)).querySelector('.error')?.text).toBeTruthy();

    const noConsent = await post(`/p/${campaign.slug}`, { offerId: offers[0].id, email: 'lea@example.fr' }, 'en');
    expect(noConsent.status).toBe(400);
    const consent = noConsent.offer(shopName(0)).querySelector('input[name="consent"]') as HTMLElement;
    expect(consent.getAttribute('aria-invalid')).toBe('true');
    expect(noConsent.offer(shopName(0)).querySelector('.error')?.text).toMatch(/consent|agree/i);
    expect(await vouchers(offers[0].id)).toBe(before);

    const first = await post(`/p/${campaign.slug}`, {
      offerId: offers[0].id,
      email: 'lea@example.fr',
      consent: 'true',
    });
    expect(first.status).toBe(200);
    const again = await post(`/p/${campaign.slug}`, {
      offerId: offers[0].id,
      email: 'LEA@example.fr',
      consent: 'true',
    });
    expect(again.status).toBe(409);
    expect(again.offer(shopName(0)).querySelector('.error')?.text).toBe(
      'Un bon a déjà été retiré pour cette offre avec cette adresse e-mail.',
    );
    expect(await vouchers(offers[0].id)).toBe(before + 1);

    const stranger = await post(`/p/${campaign.slug}`, { offerId: 'not-an-offer', email: '' });
    expect(stranger.status).toBe(400);
    expect(stranger.document.querySelector('[role="alert"]')?.text).toBeTruthy();
  });

  it('says at the top that vouchers are closed once the campaign is over, and 404s an unknown campaign', async () => {
    const { campaign, offers } = await runningWithOffers(world, world.shops.slice(0, 1), {}, 'FINISHED');
    const page = await get(`/p/${campaign.slug}`);
    expect(page.document.querySelector('.notice[role="status"]')?.text).toBe('Ce temps fort est terminé. Merci !');
    expect(page.offers[0].querySelector('form')).toBeNull();
    const late = await post(`/p/${campaign.slug}`, { offerId: offers[0].id, email: '' });
    expect(late.status).toBe(400);
    expect(late.document.querySelector('[role="alert"]')?.text).toBe(
      'Les bons de ce temps fort ne sont pas disponibles en ce moment.',
    );
    const unknown = await post('/p/no-such-campaign', { offerId: offers[0].id, email: '' });
    expect(unknown.status).toBe(404);
    expect(unknown.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
