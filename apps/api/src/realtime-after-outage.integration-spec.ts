import { IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsModule, NotificationsService } from '@assoc/notifications-api';
import { PubSub } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  startStoppablePostgres,
  StoppablePostgres,
  TestApp,
} from '@assoc/platform-testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MIGRATIONS } from './migrations';

const OUTAGE_MS = 10_000;

/**
 * Issue 15: notifications committed while the API's LISTEN connection was away were never pushed,
 * and the bell stayed wrong. Here PostgreSQL stops for 10 s; notifications are committed as soon
 * as it is back; the bell's socket (a graphql-ws client that retries like the browser's) must end
 * on the right unread count, without the page doing anything.
 */
describe('live notifications after a database outage', () => {
  let pg: StoppablePostgres;
  let api: TestApp;

  beforeAll(async () => {
    pg = await startStoppablePostgres();
    api = await createTestApp([IdentityModule, NotificationsModule], {
      databaseUrl: pg.url,
      migrations: MIGRATIONS,
      env: { DATABASE_CONNECT_TIMEOUT_MS: '1000' },
    });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await pg?.close();
  });

  it('reconnects LISTEN within about a second, closes the sockets with 1012, and the bell shows the count committed meanwhile', async () => {
    const president = await signedUpClient(api, 'Présidente P');
    const association = await createAssociation(president, 'Association P');
    const member = await joinedMember(api, president, 'MEMBER', 'Adhérent P');

    const closeCodes: number[] = [];
    const counts: number[] = [];
    let onCount: () => void = () => undefined;
    const socket = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: member.cookieHeader ?? '' } });
        }
      },
      connectionParams: { associationId: member.associationId },
      retryAttempts: 8,
      shouldRetry: () => true, // as the web client does
      on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
    });
    const countReaches = (n: number) =>
      new Promise<void>((resolve) => {
        onCount = () => counts.at(-1) === n && resolve();
        onCount();
      });
    socket.subscribe<{ unreadNotificationCountChanged: number }>(
      { query: `subscription { unreadNotificationCountChanged }` },
      {
        next: (value) => {
          if (value.data) counts.push(value.data.unreadNotificationCountChanged);
          onCount();
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await countReaches(0);

    const pubSub = api.app.get(PubSub);
    const resynced = new Promise<number>((resolve) => pubSub.onResync(() => resolve(Date.now())));
    await pg.stop();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS)); // the outage itself
    await pg.start();
    const back = Date.now();

    // Committed as soon as the database answers again, before or while LISTEN comes back.
    const notify = () =>
      api.dataSource.transaction((manager) =>
        api.app.get(NotificationsService).emit(manager, {
          associationId: association.associationId,
          kind: NotificationKind.ANNOUNCEMENT,
          recipientMembershipIds: [member.membershipId],
          actorMembershipId: association.membershipId,
          subject: { type: 'POST', id: null },
          data: { excerpt: 'Pendant la coupure' },
        }),
      );
    for (let i = 0; i < 3; i++) {
      for (let attempt = 1; ; attempt++) {
        try {
          await notify();
          break;
        } catch (error) {
          if (attempt >= 20) throw error; // the pool's first connections may still be the dead ones
        }
      }
    }
    const listenBackMs = (await resynced) - back;
    expect(listenBackMs).toBeLessThan(2000);
    await countReaches(3);
    expect(closeCodes).toContain(1012);
    await socket.dispose();
    process.stdout.write(`LISTEN back ${listenBackMs} ms after PostgreSQL; counts seen ${JSON.stringify(counts)}\n`);
  }, 120_000);
});
