import { dropSessionsSilently, IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { LiveSockets } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  liveSocket,
  signedUpClient,
  subscribeLive,
  TestApp,
  tokenFromMail,
} from '@assoc/platform-testing';
import { Client } from 'graphql-ws';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

const COUNT = `subscription { unreadNotificationCountChanged }`;
const RECEIVED = `subscription { notificationReceived { id excerpt } }`;
type Count = { unreadNotificationCountChanged: number };

/**
 * Issue 14, finding 4: a live socket must not outlive the access it was opened with. Every socket
 * here is opened on instance 2 while the change happens on instance 1 (PUBSUB=postgres, one database).
 */
describe('live sockets end with the session or membership they were opened as, across two instances', () => {
  let first: TestApp;
  let second: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    first = await createTestApp([IdentityModule, NotificationsModule]);
    second = await createTestApp([IdentityModule, NotificationsModule], { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await second.close();
    await first.close();
  });

  /** A member of a new association, with a live bell (count and notifications) open on instance 2. */
  async function memberWithBell(label: string) {
    const president = await signedUpClient(first, `Présidente ${label}`);
    const association = await createAssociation(president, `Association ${label}`);
    const member = await joinedMember(first, president, 'MEMBER', `Adhérent ${label}`);
    const socket = liveSocket(second, member);
    sockets.push(socket);
    const count = subscribeLive<Count>(socket, COUNT);
    const received = subscribeLive<unknown>(socket, RECEIVED);
    // The count comes at once: the subscription is live.
    expect(await count.nth(1)).toEqual({ unreadNotificationCountChanged: 0 });
    return { president, association, member, count, received };
  }

  /** Commits a notification for the member on instance 1. */
  const notify = (associationId: string, membershipId: string, excerpt: string) =>
    first.dataSource.transaction((manager) =>
      first.app.get(NotificationsService).emit(manager, {
        associationId,
        kind: NotificationKind.ANNOUNCEMENT,
        recipientMembershipIds: [membershipId],
        actorMembershipId: null,
        subject: { type: 'POST', id: null },
        data: { excerpt },
      }),
    );

  /** After the socket closed, a notification committed for the member reaches nobody. */
  async function nothingMoreFor(
    bell: Awaited<ReturnType<typeof memberWithBell>>,
    control: Awaited<ReturnType<typeof memberWithBell>>,
  ) {
    await notify(bell.association.associationId, bell.member.membershipId, 'Extrait privé');
    await notify(control.association.associationId, control.member.membershipId, 'Pour le témoin');
    // The control's socket, on the same instance, receives its own: so the other was delivered too, had it been open.
    expect(await control.count.nth(2)).toEqual({ unreadNotificationCountChanged: 1 });
    expect(bell.count.received).toEqual([{ unreadNotificationCountChanged: 0 }]);
    expect(bell.received.received).toEqual([]);
  }

  it('log-out closes the socket with 4401, and nothing reaches it afterwards', async () => {
    const bell = await memberWithBell('logout');
    const control = await memberWithBell('logout-témoin');
    await bell.member.ok(`mutation { logOut }`);
    expect(await bell.count.closed).toMatchObject({ code: 4401 });
    await nothingMoreFor(bell, control);
  });

  it('a password reset closes the sockets of every session of the person with 4401', async () => {
    const bell = await memberWithBell('reset');
    const control = await memberWithBell('reset-témoin');
    const anonymous = first.client();
    await anonymous.ok(`mutation { requestPasswordReset(input: { email: "${bell.member.email}" }) }`);
    const token = await tokenFromMail(first, bell.member.email, '/reset-password/');
    await anonymous.ok(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`, {
      input: { token, password: 'un-nouveau-mot-de-passe' },
    });
    expect(await bell.count.closed).toMatchObject({ code: 4401 });
    await nothingMoreFor(bell, control);
  });

  it('removal from the association closes the socket with 4403', async () => {
    const bell = await memberWithBell('removal');
    const control = await memberWithBell('removal-témoin');
    await bell.president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: bell.member.membershipId });
    expect(await bell.count.closed).toMatchObject({ code: 4403 });
    await nothingMoreFor(bell, control);
    // And a new socket is refused.
    const again = subscribeLive(liveSocket(second, bell.member), COUNT);
    expect(await again.closed).toMatchObject({ code: 4403 });
  });

  it('a role change closes the socket with 4403; a new socket opens with the new role', async () => {
    const bell = await memberWithBell('role');
    await bell.president.ok(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`,
      { input: { membershipId: bell.member.membershipId, role: 'BOARD' } },
    );
    expect(await bell.count.closed).toMatchObject({ code: 4403 });
    const socket = liveSocket(second, bell.member);
    sockets.push(socket);
    const again = subscribeLive<Count>(socket, COUNT);
    expect(await again.nth(1)).toEqual({ unreadNotificationCountChanged: 0 });
    await notify(bell.association.associationId, bell.member.membershipId, 'Après le changement');
    expect(await again.nth(2)).toEqual({ unreadNotificationCountChanged: 1 });
  });

  it('an expired session closes its socket with 4401 when the clock passes the expiry', async () => {
    const bell = await memberWithBell('expiry');
    // Both instances' clocks move past the session's end (30 days); instance 2's sweep closes the socket.
    const days31 = 31 * 24 * 3600 * 1000;
    await first.advanceClock(days31);
    await second.advanceClock(days31);
    expect(await bell.count.closed).toMatchObject({ code: 4401 });
    const control = await memberWithBell('expiry-témoin');
    await nothingMoreFor(bell, control);
  });

  it('checks the session again before each event: a session ended without a signal delivers nothing', async () => {
    const bell = await memberWithBell('silent');
    const control = await memberWithBell('silent-témoin');
    const userId = (await bell.member.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    // Deleted behind the API's back: no signal, only the check before the next event can notice.
    await dropSessionsSilently(first.dataSource, userId);
    await notify(bell.association.associationId, bell.member.membershipId, 'Ne doit pas partir');
    expect(await bell.count.closed).toMatchObject({ code: 4401 });
    await nothingMoreFor(bell, control);
    expect(second.app.get(LiveSockets).size).toBeGreaterThan(0); // the control's stays open
  });
});
