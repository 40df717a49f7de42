import { IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { PubSub } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

const RECEIVED = `subscription { notificationReceived { id kind excerpt actorName } }`;
const COUNT = `subscription { unreadNotificationCountChanged }`;

/** A graphql-ws client as the browser opens it: same-origin cookie, association in the connection parameters. */
function socketFor(api: TestApp, person: GraphqlClient, associationId = person.associationId, origin?: string): Client {
  const headers: Record<string, string> = {
    ...(person.cookieHeader ? { cookie: person.cookieHeader } : {}),
    ...(origin ? { origin } : {}),
  };
  return createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: { associationId },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects what arrives; `closed` settles with the close code or error. */
function collect<T>(client: Client, query: string) {
  const received: T[] = [];
  const errors: unknown[] = [];
  let done: (reason: unknown) => void = () => undefined;
  const closed = new Promise<unknown>((resolve) => (done = resolve));
  const stop = client.subscribe<T>(
    { query },
    {
      next: (value) => (value.errors ? errors.push(...value.errors) : received.push(value.data as T)),
      error: done,
      complete: () => done('complete'),
    },
  );
  return { received, errors, closed, stop };
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('real-time notifications over WebSocket, across two API instances', () => {
  let first: TestApp;
  let second: TestApp;
  let platformListeners: number;
  const sockets: Client[] = [];
  beforeAll(async () => {
    first = await createTestApp([IdentityModule, NotificationsModule]);
    second = await createTestApp([IdentityModule, NotificationsModule], { databaseUrl: first.databaseUrl });
    platformListeners = second.app.get(PubSub).listenerCount;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await second.close();
    await first.close();
  });
  const open = (api: TestApp, person: GraphqlClient, associationId?: string | null, origin?: string) => {
    const socket = socketFor(api, person, associationId, origin);
    sockets.push(socket);
    return socket;
  };

  it('delivers a notification committed on instance 1 to its recipient subscribed on instance 2, and nothing to another association', async () => {
    const presidentA = await signedUpClient(first, 'Présidente A');
    const a = await createAssociation(presidentA, 'Association A');
    const memberA = await joinedMember(first, presidentA, 'MEMBER', 'Adhérente A');
    const presidentB = await signedUpClient(first, 'Président B');
    await createAssociation(presidentB, 'Association B');
    const memberB = await joinedMember(first, presidentB, 'MEMBER', 'Adhérent B');

    const socketA = open(second, memberA);
    const socketB = open(second, memberB);
    const fromA = collect<{ notificationReceived: { kind: string; excerpt: string; actorName: string } }>(
      socketA,
      RECEIVED,
    );
    const countA = collect<{ unreadNotificationCountChanged: number }>(socketA, COUNT);
    const fromB = collect<unknown>(socketB, RECEIVED);
    const countB = collect<unknown>(socketB, COUNT);
    // Wait until the four subscriptions listen on instance 2 (besides the platform's own listeners).
    await until(() => second.app.get(PubSub).listenerCount === platformListeners + 4);

    const service = first.app.get(NotificationsService);
    await first.dataSource.transaction((manager) =>
      service.emit(manager, {
        associationId: a.associationId,
        kind: NotificationKind.MENTION,
        recipientMembershipIds: [memberA.membershipId],
        actorMembershipId: a.membershipId,
        subject: { type: 'POST', id: null },
        data: { excerpt: 'Rendez-vous samedi' },
      }),
    );
    // The count comes at once (0), then after the commit (1).
    await until(() => fromA.received.length === 1 && countA.received.length === 2);
    expect(fromA.received).toEqual([
      {
        notificationReceived: expect.objectContaining({
          kind: 'MENTION',
          excerpt: 'Rendez-vous samedi',
          actorName: 'Présidente A',
        }),
      },
    ]);
    expect(countA.received).toEqual([{ unreadNotificationCountChanged: 0 }, { unreadNotificationCountChanged: 1 }]);

    // Reading on instance 1 updates the count on instance 2.
    await memberA.ok(`mutation { markAllNotificationsRead }`);
    await until(() => countA.received.length === 3);
    expect(countA.received[2]).toEqual({ unreadNotificationCountChanged: 0 });

    // A rolled-back emit publishes nothing.
    await first.dataSource
      .transaction(async (manager) => {
        await service.emit(manager, {
          associationId: a.associationId,
          kind: NotificationKind.MENTION,
          recipientMembershipIds: [memberA.membershipId],
          actorMembershipId: null,
          subject: { type: 'POST', id: null },
        });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fromA.received).toHaveLength(1);
    // Nothing of association A reached the member of B.
    expect(fromB.received).toEqual([]);
    expect(countB.received).toEqual([{ unreadNotificationCountChanged: 0 }]);

    // Unsubscribing stops listening.
    fromA.stop();
    countA.stop();
    fromB.stop();
    countB.stop();
    await until(() => second.app.get(PubSub).listenerCount === platformListeners);
  });

  it('refuses a socket without a session, for an association the person is not a member of, without an association, or from another site', async () => {
    const presidentA = await signedUpClient(first, 'Présidente C');
    const a = await createAssociation(presidentA, 'Association C');
    const outsider = await signedUpClient(first, 'Extérieur');
    await createAssociation(outsider, 'Association D');

    for (const [who, associationId] of [
      [first.client(), a.associationId],
      [outsider, a.associationId],
      [presidentA, null],
    ] as const) {
      const attempt = collect(open(second, who, associationId), RECEIVED);
      expect(await attempt.closed).toMatchObject({ code: 4403 });
      expect(attempt.received).toEqual([]);
    }
    // A page of another site opening a socket with the member's cookie (cross-site WebSocket hijacking).
    const hijack = collect(open(second, presidentA, a.associationId, 'https://evil.example'), RECEIVED);
    expect(await hijack.closed).toMatchObject({ code: 4403 });
  });

  it('closes the socket of a member removed after connecting (4403), who cannot subscribe again', async () => {
    const president = await signedUpClient(first, 'Présidente E');
    await createAssociation(president, 'Association E');
    const member = await joinedMember(first, president, 'MEMBER', 'Adhérent E');
    const socket = open(second, member);
    const before = collect(socket, COUNT);
    await until(() => second.app.get(PubSub).listenerCount === platformListeners + 1);
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: member.membershipId });
    expect(await before.closed).toMatchObject({ code: 4403 });
    const after = collect(socket, COUNT);
    expect(await after.closed).toMatchObject({ code: 4403 });
    expect(after.received).toEqual([]);
  });
});

describe('real-time notifications with PUBSUB=memory (one instance)', () => {
  let api: TestApp;
  let platformListeners: number;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, NotificationsModule], { env: { PUBSUB: 'memory' } });
    platformListeners = api.app.get(PubSub).listenerCount;
  });
  afterAll(() => api.close());

  it('delivers on commit only', async () => {
    const president = await signedUpClient(api, 'Présidente M');
    const a = await createAssociation(president, 'Association M');
    const member = await joinedMember(api, president, 'MEMBER', 'Adhérent M');
    const socket = socketFor(api, member);
    const received = collect<{ notificationReceived: { excerpt: string } }>(socket, RECEIVED);
    await until(() => api.app.get(PubSub).listenerCount === platformListeners + 1);
    const emit = (excerpt: string, fail: boolean) =>
      api.dataSource
        .transaction(async (manager) => {
          await api.app.get(NotificationsService).emit(manager, {
            associationId: a.associationId,
            kind: NotificationKind.ANNOUNCEMENT,
            recipientMembershipIds: [member.membershipId],
            actorMembershipId: a.membershipId,
            subject: { type: 'POST', id: null },
            data: { excerpt },
          });
          if (fail) throw new Error('rolled back');
        })
        .catch(() => undefined);
    await emit('annulée', true);
    await emit('confirmée', false);
    await until(() => received.received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.received).toEqual([{ notificationReceived: expect.objectContaining({ excerpt: 'confirmée' }) }]);
    received.stop();
    await socket.dispose();
  });
});
