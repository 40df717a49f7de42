import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  liveSocket,
  signedUpClient,
  startStoppablePostgres,
  StoppablePostgres,
  subscribeLive,
  TestApp,
  uniqueEmail,
} from '@assoc/platform-testing';
import { DOMAIN_MODULES } from './app.module';
import { MIGRATIONS } from './migrations';

const MY_SHOP = `query { myShop { id name } }`;
const UNREAD = `subscription { unreadNotificationCountChanged }`;
const SIGN_UP = `mutation($slug: String!, $input: SignUpToCashmobInput!) { signUpToCashmob(slug: $slug, input: $input) { status } }`;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A GraphQL request whose HTTP status the test reads too. */
async function post(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function statusOf(api: TestApp, path: string): Promise<number> {
  return (await fetch(`${api.url}${path}`)).status;
}

/** Polls the condition itself (readiness), with a deadline: never a fixed sleep. */
async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The API on a PostgreSQL of its own, which the test stops and starts again (same port and data):
 * readiness follows, every caller gets SERVICE_UNAVAILABLE with HTTP 503 meanwhile (never
 * UNAUTHENTICATED or INTERNAL_SERVER_ERROR), and everything works again once the database is back,
 * without restarting the API.
 */
describe('a database outage', () => {
  let pg: StoppablePostgres;
  let api: TestApp;
  let member: GraphqlClient;
  let slug: string;
  const visitorAddress = '10.77.0.1';
  const signUpVariables = () => ({
    slug,
    input: { firstName: 'Léa', email: uniqueEmail('lea'), intendedSpendCents: 1500, locale: 'FR', consent: true },
  });

  beforeAll(async () => {
    pg = await startStoppablePostgres();
    api = await createTestApp(DOMAIN_MODULES, {
      databaseUrl: pg.url,
      migrations: MIGRATIONS,
      env: { DATABASE_CONNECT_TIMEOUT_MS: '1000' },
    });
    member = await signedUpClient(api, 'Claire Martin');
    await createAssociation(member);
    const shop = await member.ok<{ updateMyShop: { id: string } }>(
      `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
      {
        input: {
          name: 'Librairie La Plume',
          trade: 'CULTURE',
          address: '3 rue Baudrairie',
          postcode: '35500',
          town: 'Vitré',
          openingHours: [],
        },
      },
    );
    const startsAt = new Date(api.clock.nowMs() + 10 * 24 * 3600 * 1000);
    const proposed = await member.ok<{ proposeCashmob: { id: string } }>(
      `mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { id } }`,
      {
        input: {
          shopId: shop.updateMyShop.id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
          meetingPoint: 'Devant la fontaine',
        },
      },
    );
    const accepted = await member.ok<{ acceptCashmob: { slug: string } }>(
      `mutation($id: ID!) { acceptCashmob(id: $id) { slug } }`,
      { id: proposed.proposeCashmob.id },
    );
    slug = accepted.acceptCashmob.slug;
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await pg?.close();
  }, 60_000);

  it('is ready, then not while PostgreSQL is down, while live stays up; callers get SERVICE_UNAVAILABLE (503) until it is back', async () => {
    expect(await statusOf(api, '/health/ready')).toBe(200);
    expect((await post(member, MY_SHOP)).body.data).toEqual({
      myShop: expect.objectContaining({ name: 'Librairie La Plume' }),
    });

    await pg.stop();

    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect(await statusOf(api, '/health/live')).toBe(200);
    expect(await statusOf(api, '/health')).toBe(200);

    // A logged-in member: the session cannot be checked, which is not "logged out".
    const query = await post(member, MY_SHOP);
    expect(query.status).toBe(503);
    expect(query.body.errors?.[0]).toMatchObject({
      message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });

    // A public sign-up, in English.
    const visitor = api.client();
    visitor.language = 'en';
    const signUp = await post(visitor, SIGN_UP, signUpVariables(), { 'x-forwarded-for': visitorAddress });
    expect(signUp.status).toBe(503);
    expect(signUp.body.errors?.[0]).toMatchObject({
      message: 'The service is temporarily unavailable. Try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });

    // A REST route: the same code, as JSON.
    const ics = await visitor.fetch(`/api/cashmobs/${slug}/cashmob.ics`);
    expect(ics.status).toBe(503);
    expect(await ics.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

    // A live socket of the member: its session cannot be checked either, so the socket is closed with
    // 1013 "try again later" (clients retry it), not refused with 4403 as if the access were gone.
    const socket = liveSocket(api, member);
    expect(await subscribeLive(socket, UNREAD).closed).toMatchObject({ code: 1013, reason: 'Try again later' });
    await socket.dispose();
    // Without a session cookie the socket is refused as ever (nothing to check in the database).
    const anonymous = liveSocket(api, api.client(), { associationId: member.associationId });
    expect(await subscribeLive(anonymous, UNREAD).closed).toMatchObject({ code: 4403 });
    await anonymous.dispose();

    await pg.start();
    await until(async () => (await statusOf(api, '/health/ready')) === 200, 15_000);

    const back = liveSocket(api, member);
    expect(await subscribeLive(back, UNREAD).nth(1)).toEqual({ unreadNotificationCountChanged: 0 });
    await back.dispose();

    const again = await post(member, MY_SHOP);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual({ myShop: expect.objectContaining({ name: 'Librairie La Plume' }) });
    const signedUp = await post(visitor, SIGN_UP, signUpVariables(), { 'x-forwarded-for': visitorAddress });
    expect(signedUp.body).toEqual({ data: { signUpToCashmob: { status: 'CONFIRMED' } } });
    expect(signedUp.status).toBe(200);
  }, 120_000);
});
