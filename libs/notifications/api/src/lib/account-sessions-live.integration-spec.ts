import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  liveSocket,
  nextClientAddress,
  signedUpClient,
  subscribeLive,
  TEST_PASSWORD,
  TestApp,
} from '@assoc/platform-testing';
import { Client } from 'graphql-ws';
import { NotificationsModule } from './notifications.module';

const COUNT = `subscription { unreadNotificationCountChanged }`;

/**
 * Issue 25 (my account): a session ended from the account page (one, all others, or by a password
 * change) closes its live sockets with 4401, like a log-out; the caller's own socket stays open.
 */
describe("live sockets close when the account's sessions are ended", () => {
  let api: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, NotificationsModule]);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api.close();
  });

  /** A member logged in twice (laptop and phone), each with a live bell open. */
  async function memberOnTwoDevices(label: string) {
    const president = await signedUpClient(api, `Présidente ${label}`);
    await createAssociation(president, `Association ${label}`);
    const laptop = await joinedMember(api, president, 'MEMBER', `Adhérent ${label}`);
    const phone = api.client();
    await phone.request(
      `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
      { input: { email: laptop.email, password: TEST_PASSWORD } },
      { 'x-forwarded-for': nextClientAddress() },
    );
    phone.associationId = laptop.associationId;
    const [laptopSocket, phoneSocket] = [liveSocket(api, laptop), liveSocket(api, phone)];
    sockets.push(laptopSocket, phoneSocket);
    const laptopBell = subscribeLive<{ unreadNotificationCountChanged: number }>(laptopSocket, COUNT);
    const phoneBell = subscribeLive<{ unreadNotificationCountChanged: number }>(phoneSocket, COUNT);
    for (const bell of [laptopBell, phoneBell])
      expect(await bell.nth(1)).toEqual({ unreadNotificationCountChanged: 0 });
    return { laptop, phone, laptopSocket, laptopBell, phoneBell };
  }

  it('ending one session closes its socket with 4401; the caller’s stays open', async () => {
    const { laptop, laptopSocket, laptopBell, phoneBell } = await memberOnTwoDevices('une');
    const { mySessions } = await laptop.ok<{ mySessions: { id: string; current: boolean }[] }>(
      `{ mySessions { id current } }`,
    );
    const phoneSession = mySessions.find((s) => !s.current);
    await laptop.ok(`mutation($id: ID!) { endSession(id: $id) }`, { id: phoneSession?.id });
    expect(await phoneBell.closed).toMatchObject({ code: 4401 });
    expect(laptopBell.errors).toEqual([]);
    // Still live: a fresh subscription on the laptop's socket gets its first count.
    expect(await subscribeLive(laptopSocket, COUNT).nth(1)).toEqual({
      unreadNotificationCountChanged: 0,
    });
  });

  it('ending all other sessions and changing the password close the other sockets with 4401', async () => {
    const others = await memberOnTwoDevices('autres');
    await others.laptop.ok(`mutation { endOtherSessions }`);
    expect(await others.phoneBell.closed).toMatchObject({ code: 4401 });

    const password = await memberOnTwoDevices('mot-de-passe');
    await password.laptop.ok(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: TEST_PASSWORD, password: 'une-autre-phrase-secrete' },
    });
    expect(await password.phoneBell.closed).toMatchObject({ code: 4401 });
    expect(await subscribeLive(password.laptopSocket, COUNT).nth(1)).toEqual({
      unreadNotificationCountChanged: 0,
    });
  });
});
