import { AssociationReads, AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  readPdf,
  readQrCodesInPdf,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { HttpRequest, PersonalData } from '@assoc/platform-api';
import {
  CustomerCard,
  CustomerDataSources,
  CustomerReads,
  CustomerSessions,
  CustomersModule,
  CustomersService,
  joinCustomerLink,
  lockCustomer,
} from '../index';
import { joinedCustomer } from '../testing';

const requestWith = (cookie: string) =>
  ({ cookies: Object.fromEntries([cookie.split('=')]), query: {}, method: 'GET' }) as unknown as HttpRequest;

/**
 * The customers contract other domains build on (issue 17): the association's public slug, the card read by
 * its code, the row lock, the session per association, the registered data sources; a customer of A is
 * nothing in B.
 */
describe('customers contract', () => {
  let api: TestApp;
  let presidentA: GraphqlClient;
  let presidentB: GraphqlClient;
  let a: { associationId: string; slug: string };
  let b: { associationId: string; slug: string };
  const exported: string[] = [];
  const erased: string[] = [];

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, CustomersModule]);
    api.app.get(CustomerDataSources).register({
      domain: 'testpoints',
      export: async (_m, card) => {
        exported.push(card.customerId);
        return { points: 42 };
      },
      erase: async (_m, card) => {
        erased.push(card.customerId);
      },
    });
    const reads = api.app.get(AssociationReads);
    const slugOf = async (id: string) => (await reads.summary(id))?.slug ?? '';
    presidentA = await signedUpClient(api, 'Anne Présidente');
    presidentB = await signedUpClient(api, 'Bruno Président');
    const first = await createAssociation(presidentA, 'Cœur de Vitré');
    const second = await createAssociation(presidentB, 'Cœur de Vitré');
    a = { associationId: first.associationId, slug: await slugOf(first.associationId) };
    b = { associationId: second.associationId, slug: await slugOf(second.associationId) };
  });
  afterAll(() => api?.close());

  it('gives each association a unique public slug from its name, resolved back to it', async () => {
    expect(a.slug).toBe('coeur-de-vitre');
    expect(b.slug).toBe('coeur-de-vitre-2');
    const reads = api.app.get(AssociationReads);
    expect(await reads.bySlug('coeur-de-vitre-2')).toMatchObject({ id: b.associationId, name: 'Cœur de Vitré' });
    expect(await reads.bySlug('nobody-here')).toBeNull();
    expect(await reads.bySlug("x' OR 1=1")).toBeNull();
    expect(joinCustomerLink(a.slug, 'en', 'cashmob')).toBe('/communaute/coeur-de-vitre/rejoindre?lang=en&from=cashmob');
  });

  it('reads a card by its code as typed, only in its association; locks it; sessions stay in their association', async () => {
    const lea = await joinedCustomer(api, a.associationId, { firstName: 'Léa', consents: { news: true } });
    const reads = api.app.get(CustomerReads);
    const typed = `${lea.cardCode.slice(0, 4).toLowerCase()} - ${lea.cardCode.slice(4)}`.replace(/0/g, 'o');
    const card = (await reads.byCardCode(null, a.associationId, typed)) as CustomerCard;
    expect(card).toMatchObject({
      customerId: lea.customerId,
      associationId: a.associationId,
      firstName: 'Léa',
      email: lea.email,
      language: 'fr',
      cardCode: lea.cardCode,
      cardRevoked: false,
      consents: { loyalty: true, news: true, ideas: true },
      erased: false,
    });
    expect(card.confirmedAt).toBeInstanceOf(Date);
    // A's card, A's customer and A's session are nothing in B.
    expect(await reads.byCardCode(null, b.associationId, lea.cardCode)).toBeNull();
    expect(await reads.byId(null, b.associationId, lea.customerId)).toBeNull();
    expect(await reads.byIds(null, a.associationId, [lea.customerId, 'not-an-id'])).toHaveLength(1);
    const sessions = api.app.get(CustomerSessions);
    expect((await sessions.current(requestWith(lea.cookie), a.associationId))?.customerId).toBe(lea.customerId);
    expect(await sessions.current(requestWith(lea.cookie), b.associationId)).toBeNull();
    expect(await sessions.current(requestWith('customer=forged'), a.associationId)).toBeNull();

    await api.dataSource.transaction(async (manager) => {
      expect((await lockCustomer(manager, a.associationId, lea.customerId))?.customerId).toBe(lea.customerId);
      expect(await lockCustomer(manager, b.associationId, lea.customerId)).toBeNull();
    });
  });

  it('makes one customer of concurrent joins with one address (any case)', async () => {
    const association = { id: a.associationId, name: 'Cœur de Vitré', slug: a.slug };
    const service = api.app.get(CustomersService);
    await Promise.all(
      ['Zoe@Example.fr', 'zoe@example.fr', ' ZOE@EXAMPLE.FR', 'zoe@example.FR'].map((email) =>
        service.join(association, {
          firstName: 'Zoé',
          email: email.trim(),
          language: 'fr',
          loyalty: true,
          news: false,
          ideas: false,
        }),
      ),
    );
    const [{ count }] = (await api.dataSource.query(
      `SELECT count(*)::int AS count FROM customers WHERE "associationId" = $1 AND "emailKey" = 'zoe@example.fr'`,
      [a.associationId],
    )) as { count: number }[];
    expect(count).toBe(1);
  });

  it('exports and erases through every registered source, then nothing personal is left', async () => {
    const marc = await joinedCustomer(api, a.associationId, { firstName: 'Marc' });
    const service = api.app.get(CustomersService);
    const card = (await api.app.get(CustomerReads).byId(null, a.associationId, marc.customerId)) as CustomerCard;
    const data = await service.exportData(card);
    expect(data).toMatchObject({ customers: { firstName: 'Marc', email: marc.email }, testpoints: { points: 42 } });
    expect(exported).toContain(marc.customerId);

    await service.erase(a.associationId, marc.customerId);
    expect(erased).toEqual([marc.customerId]);
    const after = await api.app.get(CustomerReads).byId(null, a.associationId, marc.customerId);
    expect(after).toMatchObject({ firstName: '', email: '', erased: true, cardRevoked: true });
    expect(after?.consents).toEqual({ loyalty: false, news: false, ideas: false });
    const [left] = (await api.dataSource.query(
      `SELECT (SELECT count(*) FROM customer_sessions WHERE "customerId" = $1)::int AS sessions,
              (SELECT count(*) FROM customer_links WHERE "customerId" = $1)::int AS links,
              (SELECT count(*) FROM customers WHERE id = $1 AND (email IS NOT NULL OR "firstName" IS NOT NULL))::int AS named`,
      [marc.customerId],
    )) as Record<string, number>[];
    expect(left).toEqual({ sessions: 0, links: 0, named: 0 });
    expect(await api.app.get(CustomerSessions).current(requestWith(marc.cookie), a.associationId)).toBeNull();
  });

  it('shows the board its customers (count, search), revokes and reissues a card; members and other associations cannot', async () => {
    const LIST = `query($query: CustomersQueryInput) { customers(query: $query) { total count joinUrl items { id firstName email cardCode cardRevoked joinedFrom consents { loyalty news ideas } } } }`;
    const REVOKE = `mutation($input: CustomerCardInput!) { revokeCustomerCard(input: $input) { id cardCode cardRevoked } }`;
    const REISSUE = `mutation($input: CustomerCardInput!) { reissueCustomerCard(input: $input) { id cardCode cardRevoked } }`;
    const ines = await joinedCustomer(api, a.associationId, { firstName: 'Inès', consents: { news: true } });
    type List = {
      customers: {
        total: number;
        count: number;
        joinUrl: string;
        items: { id: string; firstName: string; cardCode: string }[];
      };
    };
    const all = await presidentA.ok<List>(LIST);
    expect(all.customers.count).toBeGreaterThanOrEqual(2);
    expect(all.customers.joinUrl).toBe('http://localhost:3000/communaute/coeur-de-vitre/rejoindre?lang=fr&from=poster');
    const found = await presidentA.ok<List>(LIST, { query: { search: ines.cardCode.toLowerCase() } });
    expect(found.customers.items.map((c) => c.firstName)).toEqual(['Inès']);
    expect(found.customers.items[0].cardCode).toBe(`${ines.cardCode.slice(0, 4)}-${ines.cardCode.slice(4)}`);
    expect((await presidentA.ok<List>(LIST, { query: { search: 'INÈS' } })).customers.total).toBe(1);
    // B's president sees none of A's customers and cannot touch them.
    expect((await presidentB.ok<List>(LIST)).customers.count).toBe(0);
    expect((await presidentB.fails(REVOKE, { input: { customerId: ines.customerId } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const member = await joinedMember(api, presidentA, 'MEMBER', 'Marcel Membre');
    expect((await member.fails(LIST)).extensions?.code).toBe('FORBIDDEN');
    const bad = await presidentA.request(REVOKE, { input: { customerId: 'pas-un-id' } });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'customerId' });

    const reads = api.app.get(CustomerReads);
    expect(
      (
        await presidentA.ok<{ revokeCustomerCard: { cardRevoked: boolean } }>(REVOKE, {
          input: { customerId: ines.customerId },
        })
      ).revokeCustomerCard.cardRevoked,
    ).toBe(true);
    expect((await reads.byCardCode(null, a.associationId, ines.cardCode))?.cardRevoked).toBe(true);
    const reissued = await presidentA.ok<{ reissueCustomerCard: { cardCode: string; cardRevoked: boolean } }>(REISSUE, {
      input: { customerId: ines.customerId },
    });
    expect(reissued.reissueCustomerCard.cardRevoked).toBe(false);
    expect(await reads.byCardCode(null, a.associationId, ines.cardCode)).toBeNull();
    expect((await reads.byCardCode(null, a.associationId, reissued.reissueCustomerCard.cardCode))?.customerId).toBe(
      ines.customerId,
    );
  });

  it('prints a shop-window poster whose QR code opens the join page, for the board only', async () => {
    const poster = await presidentA.fetch('/api/customers/poster.pdf?locale=en');
    expect(poster.status).toBe(200);
    const bytes = Buffer.from(await poster.arrayBuffer());
    expect(readQrCodesInPdf(bytes)).toEqual([
      'http://localhost:3000/communaute/coeur-de-vitre/rejoindre?lang=en&from=poster',
    ]);
    const read = await readPdf(bytes);
    expect(read.text).toContain('Join the community');
    expect(read.language).toBe('en-GB');
    const member = await joinedMember(api, presidentA, 'MEMBER', 'Mona Membre');
    expect((await member.fetch('/api/customers/poster.pdf')).status).toBe(403);
  });

  it('waits for a write holding the customer FOR SHARE before erasing; then a late write sees the customer erased', async () => {
    const olga = await joinedCustomer(api, b.associationId, { firstName: 'Olga' });
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const writer = api.dataSource.transaction(async (manager) => {
      const card = await lockCustomer(manager, b.associationId, olga.customerId);
      expect(card?.erased).toBe(false);
      locked();
      await held;
      order.push('write committed');
    });
    await isLocked;
    const erasure = api.app
      .get(CustomersService)
      .erase(b.associationId, olga.customerId)
      .then(() => order.push('erased'));
    // The erasure is waiting for the writer's row lock (seen in PostgreSQL), not merely slower.
    for (let tries = 0; ; tries++) {
      const [{ waiting }] = (await api.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM customers c%FOR UPDATE%'`,
      )) as { waiting: number }[];
      if (waiting === 1) break;
      if (tries > 200) throw new Error('the erasure never waited for the row lock');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(order).toEqual([]);
    release();
    await Promise.all([writer, erasure]);
    expect(order).toEqual(['write committed', 'erased']);
    await api.dataSource.transaction(async (manager) => {
      expect((await lockCustomer(manager, b.associationId, olga.customerId))?.erased).toBe(true);
    });
  });

  it('puts the customers in the association’s export, and erases them all when the association closes', async () => {
    const source = api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'customers');
    const pia = await joinedCustomer(api, b.associationId, { firstName: 'Pia' });
    const part = await source!.exportAssociation(b.associationId, api.dataSource.manager);
    const rows = part.sections.find((s) => s.name === 'customers-customers')?.rows ?? [];
    expect(rows.find((r) => r['id'] === pia.customerId)).toMatchObject({ firstName: 'Pia', email: pia.email });
    expect(rows.every((r) => r['id'] !== undefined)).toBe(true);
    expect(part.sections[0].rows.some((r) => r['firstName'] === 'Léa')).toBe(false); // A's customers are not B's
    const erasedBefore = erased.length;
    await api.dataSource.transaction((manager) => source!.eraseAssociation(b.associationId, manager));
    expect(erased.length).toBeGreaterThan(erasedBefore);
    const [left] = (await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE email IS NOT NULL OR "firstName" IS NOT NULL)::int AS named,
              count(*) FILTER (WHERE "cardRevokedAt" IS NULL)::int AS cards,
              (SELECT count(*)::int FROM customer_sessions WHERE "associationId" = $1) AS sessions
         FROM customers WHERE "associationId" = $1`,
      [b.associationId],
    )) as Record<string, number>[];
    expect(left).toEqual({ named: 0, cards: 0, sessions: 0 });
    expect(
      (
        await api.app
          .get(CustomerReads)
          .byId(null, a.associationId, (await joinedCustomer(api, a.associationId)).customerId)
      )?.erased,
    ).toBe(false);
  });
});
