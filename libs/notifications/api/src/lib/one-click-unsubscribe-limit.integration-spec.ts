import { IdentityModule } from '@assoc/identity-api';
import { createTestApp, nextClientAddress, TestApp } from '@assoc/platform-testing';
import { NotificationsModule } from './notifications.module';
import { UNSUBSCRIBE_LIMIT } from './unsubscribe.resolver';

/**
 * The one-click unsubscribe address checks a secret token without a session: guesses from one client
 * address are limited in the store every instance shares, before any token is read.
 */
describe('one-click unsubscribe: rate limited over two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp([IdentityModule, NotificationsModule]);
    b = await createTestApp([IdentityModule, NotificationsModule], { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const guess = (app: TestApp, ip: string, i: number) =>
    fetch(`${app.url}/api/unsubscribe/guessed-token-${i}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: 'List-Unsubscribe=One-Click',
    });

  it('of 80 parallel guesses from one address, alternately on each instance, 60 are read and 20 refused with 429', async () => {
    const ip = nextClientAddress();
    const responses = await Promise.all(Array.from({ length: 80 }, (_, i) => guess(i % 2 ? b : a, ip, i)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(UNSUBSCRIBE_LIMIT.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(80 - UNSUBSCRIBE_LIMIT.limit);
    const refused = responses.find((r) => r.status === 429) as Response;
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Another address is not affected.
    expect((await guess(b, nextClientAddress(), 0)).status).toBe(400);
  });
});
