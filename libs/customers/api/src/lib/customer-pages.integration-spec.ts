import { AssociationReads, AssociationsModule } from '@assoc/associations-api';
import {
  CUSTOMER_LINK_TTL_HOURS,
  CUSTOMERS_PURGE_GRACE_DAYS,
  CUSTOMER_SESSION_TTL_DAYS,
} from '@assoc/customers-domain';
import { IdentityModule } from '@assoc/identity-api';
import { registeredRetention } from '@assoc/platform-domain';
import {
  createAssociation,
  createTestApp,
  nextClientAddress,
  RawMailbox,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { HTMLElement, parse } from 'node-html-parser';
import { CustomerDataSources, CustomersModule, joinedCustomer } from '../index';

const PUBLIC_URL = 'https://vitrines.example';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface Page {
  status: number;
  headers: Headers;
  document: HTMLElement;
  location: string | null;
}

/**
 * The customer pages as a phone sees them (issue 17): parsed HTML, forms posted without JavaScript, the magic
 * link mail read as a mail client reads it, the session cookie, and everything refused in the reader's language
 * with nothing written.
 */
describe('customer pages (/communaute/:slug/...)', () => {
  let api: TestApp;
  const mailbox = new RawMailbox();
  let a: { id: string; slug: string };
  let b: { id: string; slug: string };

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, CustomersModule], {
      env: { PUBLIC_URL },
      mailTransport: mailbox,
    });
    api.app.get(CustomerDataSources).register({
      domain: 'pagestest',
      export: async (_m, card) => ({ visits: [card.firstName] }),
      erase: async () => undefined,
    });
    const reads = api.app.get(AssociationReads);
    const one = await createAssociation(await signedUpClient(api, 'Anne'), 'Les Vitrines de Vitré');
    const two = await createAssociation(await signedUpClient(api, 'Bruno'), 'Commerces de Fougères');
    a = { id: one.associationId, slug: (await reads.summary(one.associationId))?.slug ?? '' };
    b = { id: two.associationId, slug: (await reads.summary(two.associationId))?.slug ?? '' };
  });
  afterAll(() => api?.close());

  async function read(response: Response): Promise<Page> {
    return {
      status: response.status,
      headers: response.headers,
      document: parse(await response.text(), { comment: false }),
      location: response.headers.get('location'),
    };
  }
  const headers = (language: string, cookie?: string): Record<string, string> => ({
    'x-forwarded-for': nextClientAddress(),
    'accept-language': language,
    ...(cookie ? { cookie } : {}),
  });
  const get = async (path: string, language = 'fr', cookie?: string) =>
    read(await fetch(`${api.url}${path}`, { headers: headers(language, cookie), redirect: 'manual' }));
  const post = async (path: string, form: Record<string, string>, language = 'fr', cookie?: string) =>
    read(
      await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { ...headers(language, cookie), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );
  const count = async (sql: string, params: unknown[]) =>
    ((await api.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const customersOf = (associationId: string) =>
    count(`SELECT count(*)::int AS n FROM customers WHERE "associationId" = $1`, [associationId]);
  const errorOf = (page: Page, name: string) => page.document.querySelector(`#f-${name}-error`)?.text.trim();

  it('joins from the form: a mail with a single-use link, landing sets the session cookie and goes to the card', async () => {
    const form = await get(`/communaute/${a.slug}/rejoindre?from=cashmob`);
    expect(form.status).toBe(200);
    expect(form.document.querySelector('header .brand-name')?.text).toBe('Les Vitrines de Vitré');
    const labels = form.document.querySelectorAll('[data-testid="purposes"] label').map((l) => l.text);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toContain('carte de fidélité');
    expect(form.document.querySelector('footer a[href^="/privacy"]')).not.toBeNull();
    // The form's own link to the privacy page is named by what it leads to, not its address.
    expect(form.document.querySelector('main form a[href^="/privacy"]')?.text).toBe(
      'Vos données personnelles et vos droits',
    );
    expect(form.document.querySelector('input[name="from"]')?.getAttribute('value')).toBe('cashmob');

    const email = 'Lea.Martin@example.fr';
    const sent = await post(`/communaute/${a.slug}/rejoindre`, {
      firstName: 'Léa',
      email,
      loyalty: 'true',
      ideas: 'true',
      language: 'fr',
      from: 'cashmob',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/communaute/${a.slug}/rejoindre?sent=1`);
    expect((await get(sent.location as string)).document.querySelector('[data-testid="join-sent"]')).not.toBeNull();

    await api.sendMails();
    const mail = (await mailbox.read()).reverse().find((m) => m.text?.includes('/lien/'));
    expect(mail?.subject).toBe('Bienvenue dans la communauté Les Vitrines de Vitré');
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain(email);
    const link = /https:\/\/vitrines\.example(\/communaute\/[^/]+\/lien\/[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(link).toBeDefined();
    expect(mail?.html).toContain(`${PUBLIC_URL}${link}`);

    const landed = await get(link as string);
    expect(landed.status).toBe(303);
    expect(landed.location).toBe(`/communaute/${a.slug}/carte`);
    const cookie = landed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^customer=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain(`Path=/communaute/${a.slug}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Secure');
    // Kept for the session's lifetime (Max-Age in seconds, and Expires for older clients).
    expect(cookie).toContain(`Max-Age=${CUSTOMER_SESSION_TTL_DAYS * 24 * 3600};`);
    expect(cookie).toMatch(/Expires=[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
    expect(await count(`SELECT count(*)::int AS n FROM customers WHERE "joinedFrom" = 'cashmob'`, [])).toBe(1);

    // Single use: the same link again is refused, and says how to get a new one.
    const again = await get(link as string);
    expect(again.status).toBe(404);
    expect(again.document.querySelector('[data-testid="customer-message"] p')?.text).toContain('pas (ou plus) valable');
    expect(again.headers.get('set-cookie')).toBeNull();

    // The session works on A's pages, not on B's (same cookie sent there: refused, sent to B's sign-in).
    const session = cookie.split(';')[0];
    const me = await get(`/communaute/${a.slug}/moi`, 'fr', session);
    expect(me.status).toBe(200);
    expect(me.document.querySelector('[data-testid="me-email"]')?.text).toBe(email);
    const onB = await get(`/communaute/${b.slug}/moi`, 'fr', session);
    expect(onB.status).toBe(302);
    expect(onB.location).toBe(`/communaute/${b.slug}/connexion?next=%2Fcommunaute%2F${b.slug}%2Fmoi`);
    expect((await get(`/communaute/${b.slug}/moi/donnees.json`, 'fr', session)).status).toBe(302);
  });

  it('refuses bad input naming the field in the reader’s language, and writes nothing', async () => {
    const before = await customersOf(a.id);
    const fr = await post(`/communaute/${a.slug}/rejoindre`, {
      firstName: '',
      email: 'pas-une-adresse',
      language: 'fr',
    });
    expect(fr.status).toBe(400);
    expect(errorOf(fr, 'firstName')).toBe('Ce champ est obligatoire.');
    expect(errorOf(fr, 'email')).toBe("L'adresse e-mail n'est pas valide.");
    expect(fr.document.querySelector('input[name="email"]')?.getAttribute('value')).toBe('pas-une-adresse');

    const en = await post(
      `/communaute/${a.slug}/rejoindre?lang=en`,
      { firstName: 'Tom', email: 'tom@example.fr', language: 'en' },
      'en',
    );
    expect(en.status).toBe(400);
    expect(en.document.querySelector('#f-consents-error')?.text).toContain('Tick at least one of the three boxes');
    expect(en.document.querySelector('[role="alert"]')?.text).toBe('Check the fields shown.');
    expect(await customersOf(a.id)).toBe(before);
    expect((await api.mails()).some((m) => m.to === 'tom@example.fr')).toBe(false);
  });

  it('answers the same whether the address is known when asked for a link, and mails only a customer', async () => {
    const known = await joinedCustomer(api, a.id, { firstName: 'Nora' });
    const mailsBefore = (await api.mails()).length;
    const answer = async (email: string) => {
      const page = await post(`/communaute/${a.slug}/connexion`, { email, next: `/communaute/${a.slug}/moi` });
      return [page.status, page.location];
    };
    expect(await answer(known.email)).toEqual([303, `/communaute/${a.slug}/connexion?sent=1`]);
    expect(await answer('inconnu@example.fr')).toEqual([303, `/communaute/${a.slug}/connexion?sent=1`]);
    const mails = (await api.mails()).slice(0, (await api.mails()).length - mailsBefore);
    expect(mails.map((m) => m.to)).toEqual([known.email]);
    expect(mails[0].subject).toContain('Votre lien de connexion');
    // That link lands on the page asked for.
    const token = /\/lien\/([A-Za-z0-9_-]+)/.exec(mails[0].text)?.[1];
    const landed = await get(`/communaute/${a.slug}/lien/${token}`);
    expect(landed.location).toBe(`/communaute/${a.slug}/moi`);
    // A's link does nothing on B.
    const other = await joinedCustomer(api, a.id, { firstName: 'Hugo' });
    await post(`/communaute/${a.slug}/connexion`, { email: other.email });
    const hugoToken = /\/lien\/([A-Za-z0-9_-]+)/.exec((await api.mails())[0].text)?.[1];
    expect((await get(`/communaute/${b.slug}/lien/${hugoToken}`)).status).toBe(404);
    expect((await get(`/communaute/${a.slug}/lien/${hugoToken}`)).status).toBe(303);
  });

  it('corrects, changes consents, exports JSON, erases for good, signs out; in English when chosen', async () => {
    const c = await joinedCustomer(api, a.id, {
      firstName: 'Paul',
      consents: { loyalty: true, news: true, ideas: false },
    });
    const bad = await post(
      `/communaute/${a.slug}/moi`,
      { intent: 'update', firstName: '', language: 'de' },
      'fr',
      c.cookie,
    );
    expect(bad.status).toBe(400);
    expect(errorOf(bad, 'firstName')).toBe('Ce champ est obligatoire.');
    expect(errorOf(bad, 'language')).toBe('Choisissez français ou anglais.');

    const saved = await post(
      `/communaute/${a.slug}/moi`,
      { intent: 'update', firstName: 'Paulo', language: 'en', loyalty: 'true', ideas: 'true' },
      'fr',
      c.cookie,
    );
    expect(saved.location).toBe(`/communaute/${a.slug}/moi?lang=en&saved=1`);
    const [row] = (await api.dataSource.query(
      `SELECT "firstName", language, "consentLoyaltyAt" IS NOT NULL AS loyalty, "consentNewsAt" IS NOT NULL AS news,
              "consentIdeasAt" IS NOT NULL AS ideas FROM customers WHERE id = $1`,
      [c.customerId],
    )) as Record<string, unknown>[];
    expect(row).toEqual({ firstName: 'Paulo', language: 'en', loyalty: true, news: false, ideas: true });
    // Without ?lang= the page speaks the customer's language now.
    const me = await get(`/communaute/${a.slug}/moi`, 'fr', c.cookie);
    expect(me.document.querySelector('h1')?.text).toBe('My data');
    expect(me.document.querySelector('nav.customer-nav [aria-current="page"]')?.text).toBe('My data');
    // No field named "action": it would hide the form's action from the page script (which posts to it).
    expect(me.document.querySelectorAll('form [name="action"]')).toHaveLength(0);

    const exported = await fetch(`${api.url}/communaute/${a.slug}/moi/donnees.json`, { headers: { cookie: c.cookie } });
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const data = (await exported.json()) as Record<string, Record<string, unknown>>;
    expect(data['customers']).toMatchObject({ firstName: 'Paulo', email: c.email, cardCode: c.cardCode });
    expect(data['pagestest']).toEqual({ visits: ['Paulo'] });

    const notConfirmed = await post(`/communaute/${a.slug}/moi`, { intent: 'erase' }, 'en', c.cookie);
    expect(notConfirmed.status).toBe(400);
    expect(notConfirmed.document.querySelector('#erase-confirm-error')?.text).toBe(
      'Tick the box to confirm the permanent erasure.',
    );
    const erased = await post(`/communaute/${a.slug}/moi`, { intent: 'erase', confirm: 'true' }, 'en', c.cookie);
    expect(erased.status).toBe(200);
    expect(erased.document.querySelector('h1')?.text).toBe('Your data is erased');
    const [left] = (await api.dataSource.query(
      `SELECT "firstName", email, "emailKey", "consentLoyaltyAt", "cardRevokedAt" IS NOT NULL AS revoked,
              (SELECT count(*)::int FROM customer_sessions WHERE "customerId" = $1) AS sessions
         FROM customers WHERE id = $1`,
      [c.customerId],
    )) as Record<string, unknown>[];
    expect(left).toEqual({
      firstName: null,
      email: null,
      emailKey: null,
      consentLoyaltyAt: null,
      revoked: true,
      sessions: 0,
    });
    expect((await get(`/communaute/${a.slug}/moi`, 'fr', c.cookie)).status).toBe(302);

    const d = await joinedCustomer(api, a.id, { firstName: 'Dora' });
    const out = await post(`/communaute/${a.slug}/sortir`, {}, 'fr', d.cookie);
    expect(out.location).toBe(`/communaute/${a.slug}/connexion?lang=fr&signedOut=1`);
    const cleared = out.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^customer=;/);
    expect(cleared).toContain(`Path=/communaute/${a.slug}`);
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expect((await get(`/communaute/${a.slug}/moi`, 'fr', d.cookie)).status).toBe(302);
  });

  it('expires links, purges what is kept only for a while, and says 404 for an unknown association', async () => {
    const unknown = await get('/communaute/nulle-part/rejoindre');
    expect(unknown.status).toBe(404);
    await post(`/communaute/${a.slug}/rejoindre`, {
      firstName: 'Eva',
      email: 'eva@example.fr',
      language: 'fr',
      news: 'true',
    });
    const token = /\/lien\/([A-Za-z0-9_-]+)/.exec(
      (await api.mails()).find((m) => m.to === 'eva@example.fr')?.text ?? '',
    )?.[1];
    const kept = await joinedCustomer(api, a.id, { firstName: 'Kim' });
    await api.advanceClock(CUSTOMER_LINK_TTL_HOURS * HOUR + 1000);
    const expired = await get(`/communaute/${a.slug}/lien/${token}`);
    expect(expired.status).toBe(404);
    expect(expired.document.querySelector('[data-testid="customer-message"] p')?.text).toContain('expiré');
    const eva = () => count(`SELECT count(*)::int AS n FROM customers WHERE "emailKey" = 'eva@example.fr'`, []);
    expect(await eva()).toBe(1);
    await api.advanceClock(CUSTOMERS_PURGE_GRACE_DAYS * DAY);
    expect(await eva()).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM customer_links WHERE "customerId" = $1`, [kept.customerId]),
    ).toBe(0);
    // The session lasts its period, then is gone; the confirmed customer stays.
    expect((await get(`/communaute/${a.slug}/moi`, 'fr', kept.cookie)).status).toBe(200);
    await api.advanceClock((CUSTOMER_SESSION_TTL_DAYS + CUSTOMERS_PURGE_GRACE_DAYS) * DAY);
    expect((await get(`/communaute/${a.slug}/moi`, 'fr', kept.cookie)).status).toBe(302);
    expect(
      await count(`SELECT count(*)::int AS n FROM customer_sessions WHERE "customerId" = $1`, [kept.customerId]),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM customers WHERE id = $1`, [kept.customerId])).toBe(1);
    const printed = registeredRetention().filter((p) => p.owner === 'customers');
    expect(printed.map((p) => p.key).sort()).toEqual([
      'customers.links',
      'customers.sessions',
      'customers.unconfirmedJoins',
    ]);
  });
});
