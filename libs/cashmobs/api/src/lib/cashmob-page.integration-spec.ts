import { fetchPublishedImage, PREVIEW_TAGS, readLinkPreview } from '@assoc/platform-testing';
import { HTMLElement, parse } from 'node-html-parser';
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
const TRICKY = 'Chez "Lu" <b>$&</b> <script>alert(1)</script> & $\' 🎉';

describe('cashmob pages and link previews without JavaScript (/c/:slug, /c/sign-up/:token)', () => {
  let world: World;
  let shopId: string;
  beforeAll(async () => {
    world = await cashmobsWorld(2, { env: { PUBLIC_URL } });
    shopId = await createShop(world.shops[0], TRICKY, 'FOOD');
    // Its logo (as an upload leaves it): the page shows it beside the name.
    await world.api.dataSource.query(`UPDATE shops SET "logoFile" = 'logo-tricky.png' WHERE id = $1`, [shopId]);
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
    // The page itself, rendered on the server: the name as text, only the page's own script.
    expect(page.document.querySelector('main h1')?.text).toBe(TRICKY);
    expect(page.document.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/^\/page-assets\/public-page-[0-9A-F]{8}\.js$/),
    ]);
    expect(page.document.querySelectorAll('title')).toHaveLength(1);
    const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
    expect(page.meta['og:description']).toContain(time.format(new Date(c.startsAt)));
    expect(page.meta['og:description']).toContain('Dépense suggérée');
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/c/${c.slug}`);
    // The shop's logo and a link to its own page (/b/:id).
    expect(page.document.querySelector('main .identity img.logo')?.getAttribute('src')).toBe(
      '/uploads/logos/logo-tricky.png',
    );
    const shopLink = page.document.querySelector('[data-testid="shop-page-link"]');
    expect([shopLink?.getAttribute('href'), shopLink?.text]).toEqual([`/b/${shopId}`, 'Voir la boutique']);
    // A share box with the page's public address (Web Share API or copy, by the page's script).
    expect(page.document.querySelector('[data-share] input')?.getAttribute('value')).toBe(`${PUBLIC_URL}/c/${c.slug}`);
    expect(page.document.querySelector('[data-share]')?.getAttribute('data-share-title')).toBe(page.title);
    expect(page.document.querySelector('[data-share] [data-testid="share-button"]')?.text.trim()).toBe('Partager');
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
    expect(missing.title).toBe('Cashmob introuvable');
    expect(missing.document.querySelector('main h1')?.text).toBe('Cashmob introuvable');
    expect((await read('/c/no-such-cashmob', 'en')).title).toBe('Cashmob not found');

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

  /** A form posted as a browser without JavaScript does (urlencoded, redirects not followed). */
  const post = (path: string, form: Record<string, string>, ip = freshIp(), language = 'fr') =>
    fetch(`${world.api.url}${path}`, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'x-forwarded-for': ip, 'accept-language': language },
      redirect: 'manual',
    });
  const page = async (response: Response) => parse(await response.text());
  const errorOf = (document: HTMLElement, name: string) => document.querySelector(`#f-${name}-error`)?.text;

  it('shows the facts, the calendar link and the sign-up form, in the reader’s language or the one chosen (?lang=)', async () => {
    const c = await published(world, world.shops[1]);
    const fr = await read(`/c/${c.slug}`);
    const main = fr.document.querySelector('main') as HTMLElement;
    expect(main.querySelector('h1')?.text).toBe('Boutique 2');
    expect(main.querySelector('.kicker')?.text).toBe('Cashmob — Les Vitrines de Vitré');
    expect(main.querySelector('[data-testid="public-coming"]')?.text.trim()).toBe('0 inscrit(s)');
    expect(main.querySelector('a[download]')?.getAttribute('href')).toBe(`/api/cashmobs/${c.slug}/cashmob.ics`);
    expect(main.querySelector('#sign-up-title')?.text).toBe('Je viens !');
    expect(main.querySelector('label[for="f-firstName"]')?.text).toBe('Prénom');
    expect(main.querySelector('label[for="f-amount"]')?.text).toBe('Montant que je compte dépenser');
    expect(main.querySelector('#f-amount')?.getAttribute('value')).toBe('10,00');
    expect(main.querySelector('form')?.getAttribute('method')).toBe('post');
    expect(main.querySelector('button[type="submit"]')?.text.trim()).toBe("Je m'inscris");
    // Issue 17: the association's customer community is one link away.
    expect(main.querySelector('[data-testid="join-customers"]')?.getAttribute('href')).toMatch(
      /^\/communaute\/[a-z0-9-]+\/rejoindre\?lang=fr&from=cashmob$/,
    );
    // The header's language menu, its links keeping the address.
    const menu = fr.document.querySelector('[role="menu"]') as HTMLElement;
    expect(menu.getAttribute('aria-label')).toBe('Choisir la langue');
    expect(
      menu.querySelectorAll('[role="menuitemradio"]').map((a) => [a.text, a.getAttribute('aria-checked')]),
    ).toEqual([
      ['Français', 'true'],
      ['English', 'false'],
    ]);
    expect(menu.querySelectorAll('a')[1].getAttribute('href')).toBe(`/c/${c.slug}?lang=en`);

    const en = await read(`/c/${c.slug}?lang=en`, 'fr-FR');
    expect(en.lang).toBe('en');
    expect(en.document.querySelector('#sign-up-title')?.text).toBe("I'm coming!");
    expect(en.document.querySelector('#f-amount')?.getAttribute('value')).toBe('10.00');
    expect(en.document.querySelector('[data-testid="public-coming"]')?.text.trim()).toBe('0 signed up');
    expect((await read(`/c/${c.slug}`, 'en-GB,en;q=0.9')).document.querySelector('h2')?.text).toBe("I'm coming!");
  });

  it('serves the style sheet and the script hashed, precompressed and immutable; under 80 kB of script in all', async () => {
    const c = await published(world, world.shops[1]);
    const { document } = await read(`/c/${c.slug}`);
    const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') as string;
    const scripts = document.querySelectorAll('script[src]').map((s) => s.getAttribute('src') as string);
    let gzipBytes = 0;
    for (const path of [css, ...scripts]) {
      const response = await fetch(`${world.api.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      const bytes = Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength);
      if (path.endsWith('.js')) gzipBytes += bytes;
    }
    expect(gzipBytes).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(80 * 1024);
    const brotli = await fetch(`${world.api.url}${css}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect((await fetch(`${world.api.url}/page-assets/public-page-00000000.css`)).status).toBe(404);
  });

  it('refuses a sign-up form naming each field and its reason, in the reader’s language, keeping what was typed', async () => {
    const c = await published(world, world.shops[1]);
    const empty = await post(`/c/${c.slug}`, { firstName: '', email: 'pas-un-mail', amount: 'douze', consent: '' });
    expect(empty.status).toBe(400);
    const fr = await page(empty);
    expect(fr.querySelector('[role="alert"]')?.text).toBe('Vérifiez les champs signalés.');
    expect(errorOf(fr, 'firstName')).toBe('Ce champ est obligatoire.');
    expect(errorOf(fr, 'email')).toBe("L'adresse e-mail n'est pas valide.");
    expect(errorOf(fr, 'amount')).toBe("Cette valeur n'est pas valide.");
    expect(errorOf(fr, 'consent')).toBe('Votre accord est nécessaire pour vous inscrire.');
    expect(fr.querySelector('#f-email')?.getAttribute('value')).toBe('pas-un-mail');
    expect(fr.querySelector('#f-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(fr.querySelector('#f-email')?.getAttribute('aria-describedby')).toBe('f-email-error');

    const outOfRange = await post(`/c/${c.slug}?lang=en`, {
      firstName: 'Léa',
      email: 'lea@example.org',
      amount: '5000',
      consent: 'true',
    });
    expect(outOfRange.status).toBe(400);
    const en = await page(outOfRange);
    expect(errorOf(en, 'amount')).toBe('The amount must be within the suggested range.');
    expect(errorOf(en, 'firstName')).toBeUndefined();
    expect(en.querySelector('#f-consent')?.getAttribute('checked')).toBeDefined();
    // Nothing was signed up.
    expect((await read(`/c/${c.slug}`)).document.querySelector('[data-testid="public-coming"]')?.text.trim()).toBe(
      '0 inscrit(s)',
    );
  });

  it('signs up without JavaScript: a redirect to the receipt shown once, then the same e-mail is refused', async () => {
    const c = await published(world, world.shops[1], { capacity: 1 });
    const email = `form-${Date.now()}@example.org`;
    const form = { firstName: 'Camille', email, amount: '12,50', consent: 'true' };
    const done = await post(`/c/${c.slug}`, form);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/c/${c.slug}?receipt=confirmed`);
    const receipt = await read(`/c/${c.slug}?receipt=confirmed`);
    expect(receipt.document.querySelector('[data-testid="sign-up-receipt"] h2')?.text).toBe('Inscription confirmée !');
    expect(receipt.document.querySelector('body')?.getAttribute('data-url')).toBe(`/c/${c.slug}`);
    expect(receipt.document.querySelector('[data-testid="public-coming"]')?.text.trim()).toBe(
      '1 inscrit(s) · 0 place(s) restante(s)',
    );
    expect(receipt.document.querySelector('form[method="post"]')).toBeNull();
    // Full: the form offers the waiting list; the same e-mail again is refused on its field.
    const full = await read(`/c/${c.slug}`);
    expect(full.document.querySelector('form button[type="submit"]')?.text.trim()).toBe("Rejoindre la liste d'attente");
    const again = await post(`/c/${c.slug}?lang=en`, form);
    expect(again.status).toBe(409);
    expect(errorOf(await page(again), 'email')).toBe('This e-mail address is already signed up for this cashmob.');
    const waiting = await post(`/c/${c.slug}?lang=en`, { ...form, email: `second-${email}` });
    expect(waiting.headers.get('location')).toBe(`/c/${c.slug}?lang=en&receipt=waiting&rank=1`);
    const second = await read(`/c/${c.slug}?lang=en&receipt=waiting&rank=1`);
    expect(second.document.querySelector('[data-testid="sign-up-receipt"]')?.text).toContain(
      'You are number 1 on the waiting list.',
    );
    const mail = (await world.api.mails()).find((m) => m.to === `second-${email}`);
    expect(mail?.subject).toMatch(/attente|waiting/i);
  });

  it('lets a participant see, change, cancel and erase the sign-up on the private page, with errors on the field', async () => {
    const c = await published(world, world.shops[1]);
    const email = `mine-${Date.now()}@example.org`;
    await post(`/c/${c.slug}`, { firstName: '<i>Zoé</i>', email, amount: '15', consent: 'true' });
    const token = await manageToken(world.api, email);
    const path = `/c/sign-up/${token}`;
    const mine = await read(path);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-cache');
    const main = mine.document.querySelector('main') as HTMLElement;
    expect(main.querySelector('#mine-title')?.text).toBe('Votre inscription, <i>Zoé</i>');
    expect(main.querySelectorAll('i')).toHaveLength(0);
    expect(main.querySelector('[data-testid="my-sign-up-status"]')?.text.trim()).toBe(
      'Votre inscription est confirmée.',
    );
    expect(main.text).toMatch(/Vous comptez dépenser 15,00\s€\./);
    expect(main.querySelector('[data-testid="check-in-qr"]')?.getAttribute('aria-label')).toBe('QR code de pointage');
    expect(main.querySelector('figure.qr code')?.text).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(main.querySelector('#f-amount')?.getAttribute('value')).toBe('15,00');

    const bad = await post(path, { action: 'change', amount: '' });
    expect(bad.status).toBe(400);
    expect(errorOf(await page(bad), 'amount')).toBe('Ce champ est obligatoire.');
    const tooMuch = await post(`${path}?lang=en`, { action: 'change', amount: '999' });
    expect(errorOf(await page(tooMuch), 'amount')).toBe('The amount must be within the suggested range.');
    const changed = await post(path, { action: 'change', amount: '20' });
    expect([changed.status, changed.headers.get('location')]).toEqual([303, `${path}?done=changed`]);
    const after = await read(`${path}?done=changed`);
    expect(after.document.querySelector('[role="status"]')?.text).toBe('Montant modifié.');
    expect(after.document.querySelector('main')?.text).toMatch(/Vous comptez dépenser 20,00\s€\./);

    // Cancel and erase ask first, on the page (buttons asking for it again with ?confirm=).
    const buttons = after.document.querySelectorAll('form[method="get"] button[name="confirm"]');
    expect(buttons.map((b) => [b.getAttribute('value'), b.text])).toEqual([
      ['cancel', 'Annuler mon inscription'],
      ['erase', 'Effacer mes données'],
    ]);
    const ask = await read(`${path}?confirm=cancel`);
    expect(ask.document.querySelector('[role="alertdialog"] h2')?.text).toBe('Annuler votre inscription ?');
    // Its two choices say what each does: keep the sign-up, or cancel it (fr and en).
    const choices = (doc: typeof ask.document) =>
      doc.querySelectorAll('[role="alertdialog"] .actions a, [role="alertdialog"] .actions button').map((e) => e.text);
    expect(choices(ask.document)).toEqual(['Garder mon inscription', 'Annuler mon inscription']);
    expect(choices((await read(`${path}?confirm=cancel&lang=en`)).document)).toEqual([
      'Keep my sign-up',
      'Cancel my sign-up',
    ]);
    const cancelled = await post(path, { action: 'cancel' });
    expect(cancelled.headers.get('location')).toBe(`${path}?done=cancelled`);
    const status = (await read(path)).document.querySelector('[data-testid="my-sign-up-status"]');
    expect(status?.text.trim()).toBe('Votre inscription est annulée.');
    const erased = await post(`${path}?lang=en`, { action: 'erase' });
    expect(erased.status).toBe(200);
    expect((await page(erased)).querySelector('main h1')?.text).toBe('Data erased');
    const gone = await read(path);
    expect(gone.status).toBe(404);
    expect(gone.document.querySelector('main h1')?.text).toBe('Lien non valable');
    expect(gone.meta['robots']).toBe('noindex');
  });

  it('says in a page, not in JSON, when an address has opened too many sign-up links', async () => {
    const ip = freshIp();
    let last: Response | null = null;
    for (let i = 0; i <= 60; i++) {
      last = await fetch(`${world.api.url}/c/sign-up/no-such-token-${i}`, {
        headers: { 'x-forwarded-for': ip, 'accept-language': 'en' },
      });
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get('content-type')).toMatch(/^text\/html/);
    const document = await page(last as Response);
    expect(document.querySelector('main h1')?.text).toMatch(/^Too many attempts/);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
