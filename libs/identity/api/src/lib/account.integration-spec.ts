import {
  createTestApp,
  GraphqlClient,
  GraphqlError,
  nextClientAddress,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
  tokenFromMail,
  uniqueEmail,
} from '@assoc/platform-testing';
import { IdentityModule } from '../index';
import { EmailChangeEntity } from './email-change.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const HOUR = 3600_000;
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';

const ME = `{ me { id email name locale } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id name locale } }`;
const SESSIONS = `{ mySessions { id platform browser os device createdAt lastSeenAt current } }`;
const END = `mutation($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_EMAIL = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { email expiresAt } }`;
const PENDING = `{ pendingEmailChange { email } }`;
const CONFIRM_EMAIL = `mutation($input: EmailChangeTokenInput!) { confirmEmailChange(input: $input) { email } }`;
const UNDO_EMAIL = `mutation($input: EmailChangeTokenInput!) { undoEmailChange(input: $input) { email } }`;
const NEW_PASSWORD = 'une-autre-phrase-secrete';

type Session = { id: string; platform: string; browser: string | null; current: boolean; lastSeenAt: string };

/** A client acting from its own address and browser (throttles count per address; sessions keep the User-Agent). */
function from(client: GraphqlClient, userAgent = DESKTOP) {
  const headers = { 'x-forwarded-for': nextClientAddress(), 'user-agent': userAgent };
  return {
    client,
    async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const result = await client.request<T>(query, variables, headers);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async fails(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlError> {
      const result = await client.request(query, variables, headers);
      if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
      return result.errors[0];
    },
  };
}

describe('my account: name, e-mail, password and sessions (issue 25)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule]);
  });
  afterAll(() => api.close());

  const users = () => api.dataSource.getRepository(UserEntity);
  const sessionRows = (userId: string) => api.dataSource.getRepository(SessionEntity).findBy({ userId });

  /** The same person logged in from another browser. */
  async function secondBrowser(email: string, userAgent = IPHONE, password = TEST_PASSWORD) {
    const other = from(api.client(), userAgent);
    await other.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password } });
    return other;
  }

  describe('name and language', () => {
    it('changes the caller’s own name and language', async () => {
      const person = from(await signedUpClient(api, 'Marie Dupnt'));
      const data = await person.ok<{ updateAccount: { name: string; locale: string } }>(UPDATE, {
        input: { name: '  Marie Dupont ', locale: 'EN' },
      });
      expect(data.updateAccount).toMatchObject({ name: 'Marie Dupont', locale: 'EN' });
      expect((await person.ok<{ me: { name: string } }>(ME)).me).toMatchObject({ name: 'Marie Dupont', locale: 'EN' });
    });

    it('refuses an empty name, naming the field in the caller’s language, and changes nothing', async () => {
      const signed = await signedUpClient(api, 'Jeanne Leroy');
      const person = from(signed);
      const fr = await person.fails(UPDATE, { input: { name: '   ', locale: 'FR' } });
      expect(fr.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name', reason: 'required' }] });
      expect(fr.extensions?.fields?.[0].message).toBe('Ce champ est obligatoire.');
      const en = await person.fails(UPDATE, { input: { name: 'x'.repeat(101), locale: 'EN' } });
      expect(en.extensions?.fields).toMatchObject([{ field: 'name', reason: 'maxLength' }]);
      expect(await users().findOneByOrFail({ id: signed.userId })).toMatchObject({
        name: 'Jeanne Leroy',
        locale: 'FR',
      });
    });

    it('is refused without a session', async () => {
      const anonymous = api.client();
      expect((await anonymous.fails(UPDATE, { input: { name: 'X', locale: 'FR' } })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await anonymous.fails(SESSIONS)).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('sessions', () => {
    it('lists where the person is logged in: device from the User-Agent, first and last seen, the current one', async () => {
      const signed = await signedUpClient(api, 'Paul Sessions');
      const phone = await secondBrowser(signed.email, IPHONE);
      const { mySessions } = await phone.ok<{ mySessions: Session[] }>(SESSIONS);
      expect(mySessions).toHaveLength(2);
      const current = mySessions.find((s) => s.current);
      expect(current).toMatchObject({
        platform: 'MOBILE',
        browser: 'Safari 17',
        os: 'iOS 17.1',
        device: 'Apple iPhone',
      });
      expect(mySessions.filter((s) => s.current)).toHaveLength(1);
      // The sign-up's session came from Node's fetch: no browser to name.
      expect(mySessions.find((s) => !s.current)).toMatchObject({ platform: 'UNKNOWN', browser: null });
    });

    it('notes the last request at most once a minute', async () => {
      const signed = await signedUpClient(api, 'Léa Vue');
      const person = from(signed);
      const [before] = await sessionRows(signed.userId);
      await person.ok(ME);
      expect((await sessionRows(signed.userId))[0].lastSeenAt).toEqual(before.lastSeenAt);
      const later = await api.advanceClock(2 * 60_000);
      await person.ok(ME);
      const [after] = await sessionRows(signed.userId);
      expect(after.lastSeenAt.getTime()).toBeGreaterThanOrEqual(later.getTime() - 1000);
      await person.ok(ME);
      expect((await sessionRows(signed.userId))[0].lastSeenAt).toEqual(after.lastSeenAt);
    });

    // Their live sockets closing: notifications' account-sessions-live.integration-spec (a subscription needs that domain).
    it('ends one session: it is refused on its next request', async () => {
      const member = await signedUpClient(api, 'Adhérent Sessions');
      const laptop = from(member);
      const phone = await secondBrowser(member.email, IPHONE);
      const { mySessions } = await laptop.ok<{ mySessions: Session[] }>(SESSIONS);
      const phoneSession = mySessions.find((s) => !s.current);
      expect(await laptop.ok(END, { id: phoneSession?.id })).toEqual({ endSession: true });
      expect(await phone.ok(ME)).toEqual({ me: null });
      expect((await phone.fails(SESSIONS)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(await laptop.ok(ME)).toMatchObject({ me: { email: member.email } });
    });

    it('nobody can end another person’s session (NOT_FOUND), which keeps working', async () => {
      const owner = await signedUpClient(api, 'Anne Victime');
      const intruder = from(await signedUpClient(api, 'Bruno Intrus'));
      const [ownerSession] = await sessionRows(owner.userId);
      const error = await intruder.fails(END, { id: ownerSession.id });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect((await intruder.fails(END, { id: 'pas-un-id' })).extensions?.fields).toMatchObject([
        { field: 'id', reason: 'isUuid' },
      ]);
      expect(await sessionRows(owner.userId)).toHaveLength(1);
      expect(await from(owner).ok(ME)).toMatchObject({ me: { email: owner.email } });
      // Ending all "others" ends only the caller's own.
      expect(await intruder.ok(END_OTHERS)).toEqual({ endOtherSessions: 0 });
      expect(await sessionRows(owner.userId)).toHaveLength(1);
    });

    it('ends every other session and keeps this one', async () => {
      const signed = await signedUpClient(api, 'Claire Partout');
      const here = from(signed);
      const phone = await secondBrowser(signed.email, IPHONE);
      const tablet = await secondBrowser(signed.email, DESKTOP);
      expect(await here.ok(END_OTHERS)).toEqual({ endOtherSessions: 2 });
      expect(await phone.ok(ME)).toEqual({ me: null });
      expect(await tablet.ok(ME)).toEqual({ me: null });
      expect((await here.ok<{ mySessions: Session[] }>(SESSIONS)).mySessions).toMatchObject([{ current: true }]);
    });

    it('ending the current session logs this browser out', async () => {
      const signed = await signedUpClient(api, 'Hugo Seul');
      const here = from(signed);
      const { mySessions } = await here.ok<{ mySessions: Session[] }>(SESSIONS);
      await here.ok(END, { id: mySessions[0].id });
      expect(signed.cookieHeader).toBe('');
      expect(await sessionRows(signed.userId)).toHaveLength(0);
    });
  });

  describe('password change', () => {
    it('needs the current password, then ends every other session only', async () => {
      const member = await signedUpClient(api, 'Adhérent Mot de passe');
      const here = from(member);
      const phone = await secondBrowser(member.email, IPHONE);
      const { passwordHash } = await users().findOneByOrFail({ email: member.email });

      const wrong = await here.fails(CHANGE_PASSWORD, {
        input: { currentPassword: 'pas-le-bon-mot-de-passe', password: NEW_PASSWORD },
      });
      expect(wrong.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'currentPassword',
            reason: 'currentPasswordWrong',
            message: 'Le mot de passe actuel est incorrect.',
          },
        ],
      });
      // In the person's language (English now).
      await here.ok(UPDATE, { input: { name: 'Adhérent Mot de passe', locale: 'EN' } });
      const weak = await here.fails(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, password: 'a'.repeat(14) },
      });
      expect(weak.extensions?.fields).toMatchObject([
        { field: 'password', reason: 'passwordRepeated', message: 'The password must not repeat a single character.' },
      ]);
      const short = await here.fails(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, password: 'court' } });
      expect(short.extensions?.fields).toMatchObject([{ field: 'password', reason: 'passwordTooShort' }]);
      // Nothing changed: the same hash, both sessions open.
      expect((await users().findOneByOrFail({ email: member.email })).passwordHash).toBe(passwordHash);
      expect(await phone.ok(ME)).toMatchObject({ me: { email: member.email } });

      expect(
        await here.ok(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD } }),
      ).toEqual({ changePassword: 1 });
      expect(await phone.ok(ME)).toEqual({ me: null });
      expect(await here.ok(ME)).toMatchObject({ me: { email: member.email } });
      // The old password no longer logs in; the new one does.
      const oldLogIn = await from(api.client()).fails(
        `mutation { logIn(input: { email: "${member.email}", password: "${TEST_PASSWORD}" }) { id } }`,
      );
      expect(oldLogIn.extensions?.fields).toMatchObject([
        { reason: 'invalidCredentials' },
        { reason: 'invalidCredentials' },
      ]);
      await secondBrowser(member.email, IPHONE, NEW_PASSWORD);
    });

    it('voids the reset links mailed before', async () => {
      const signed = await signedUpClient(api, 'Zoé Lien');
      await api.client().ok(`mutation { requestPasswordReset(input: { email: "${signed.email}" }) }`);
      const reset = await tokenFromMail(api, signed.email, '/reset-password/');
      await from(signed).ok(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD } });
      const open = await api.dataSource
        .getRepository(PasswordResetTokenEntity)
        .createQueryBuilder('t')
        .where('t.userId = :id AND t.usedAt IS NULL', { id: signed.userId })
        .getCount();
      expect(open).toBe(0);
      const used = await from(api.client()).fails(
        `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`,
        { input: { token: reset, password: 'encore-une-autre-phrase' } },
      );
      expect(used.extensions?.fields).toMatchObject([{ field: 'token', reason: 'tokenInvalid' }]);
    });

    it('checks the current password under the log-in throttle: past 10 failures, TOO_MANY_REQUESTS', async () => {
      const here = from(await signedUpClient(api, 'Max Devine'));
      for (let i = 0; i < 10; i++)
        expect(
          (
            await here.fails(CHANGE_PASSWORD, {
              input: { currentPassword: `essai-${i}-mauvais`, password: NEW_PASSWORD },
            })
          ).extensions?.code,
        ).toBe('BAD_USER_INPUT');
      const refused = await here.fails(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD },
      });
      expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('e-mail change', () => {
    it('takes effect when the new address confirms; the old one is told and can undo it for 7 days', async () => {
      const signed = await signedUpClient(api, 'Nina Change');
      const here = from(signed);
      const phone = await secondBrowser(signed.email, IPHONE);
      const oldEmail = signed.email;
      const newEmail = uniqueEmail('nouvelle');
      const asked = await here.ok<{ requestEmailChange: { email: string } }>(REQUEST_EMAIL, {
        input: { email: ` ${newEmail.toUpperCase()} `, currentPassword: TEST_PASSWORD },
      });
      expect(asked.requestEmailChange.email).toBe(newEmail);
      expect(await here.ok(PENDING)).toEqual({ pendingEmailChange: { email: newEmail } });
      // Nothing changes before the link is followed.
      expect(await here.ok(ME)).toMatchObject({ me: { email: oldEmail } });
      const token = await tokenFromMail(api, newEmail, '/confirm-email/');

      // The link works without a session (another device), once.
      const elsewhere = from(api.client());
      expect(await elsewhere.ok(CONFIRM_EMAIL, { input: { token } })).toEqual({
        confirmEmailChange: { email: newEmail },
      });
      expect(await here.ok(ME)).toMatchObject({ me: { email: newEmail } });
      expect(await here.ok(PENDING)).toEqual({ pendingEmailChange: null });
      expect((await elsewhere.fails(CONFIRM_EMAIL, { input: { token } })).extensions?.fields).toMatchObject([
        { field: 'token', reason: 'tokenInvalid' },
      ]);
      const notice = (await api.mails()).find((m) => m.to === oldEmail && m.text.includes('/undo-email-change/'));
      expect(notice?.subject).toBe("L'adresse e-mail de votre compte a changé");
      expect(notice?.text).toContain(newEmail);

      // Undo from the old address: the old address is back, and every session ends.
      const undo = await tokenFromMail(api, oldEmail, '/undo-email-change/');
      await api.advanceClock(6 * 24 * HOUR);
      expect(await elsewhere.ok(UNDO_EMAIL, { input: { token: undo } })).toEqual({
        undoEmailChange: { email: oldEmail },
      });
      expect((await users().findOneByOrFail({ id: signed.userId })).email).toBe(oldEmail);
      expect(await here.ok(ME)).toEqual({ me: null });
      expect(await phone.ok(ME)).toEqual({ me: null });
      expect((await elsewhere.fails(UNDO_EMAIL, { input: { token: undo } })).extensions?.fields).toMatchObject([
        { field: 'token', reason: 'tokenInvalid' },
      ]);
    });

    it('refuses the same address, a taken one and a wrong password, naming the field, and changes nothing', async () => {
      const signed = await signedUpClient(api, 'Omar Refus');
      const other = await signedUpClient(api, 'Autre Compte');
      const here = from(signed);
      const same = await here.fails(REQUEST_EMAIL, {
        input: { email: signed.email.toUpperCase(), currentPassword: TEST_PASSWORD },
      });
      expect(same.extensions?.fields).toMatchObject([
        { field: 'email', reason: 'emailUnchanged', message: "C'est déjà l'adresse e-mail de votre compte." },
      ]);
      await here.ok(UPDATE, { input: { name: 'Omar Refus', locale: 'EN' } });
      const taken = await here.fails(REQUEST_EMAIL, { input: { email: other.email, currentPassword: TEST_PASSWORD } });
      expect(taken.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: [
          { field: 'email', reason: 'emailTaken', message: 'An account already exists with this e-mail address.' },
        ],
      });
      const wrong = await here.fails(REQUEST_EMAIL, {
        input: { email: uniqueEmail(), currentPassword: 'mauvais-mot-de-passe' },
      });
      expect(wrong.extensions?.fields).toMatchObject([
        { field: 'currentPassword', reason: 'currentPasswordWrong', message: 'The current password is wrong.' },
      ]);
      const invalid = await here.fails(REQUEST_EMAIL, {
        input: { email: 'pas-une-adresse', currentPassword: TEST_PASSWORD },
      });
      expect(invalid.extensions?.fields).toMatchObject([{ field: 'email', reason: 'isEmail' }]);
      expect(await api.dataSource.getRepository(EmailChangeEntity).countBy({ userId: signed.userId })).toBe(0);
      expect(await here.ok(PENDING)).toEqual({ pendingEmailChange: null });
    });

    it('refuses an expired confirmation link, a used one and a forged one', async () => {
      const signed = await signedUpClient(api, 'Rémi Expiré');
      const here = from(signed);
      const newEmail = uniqueEmail('expire');
      await here.ok(REQUEST_EMAIL, { input: { email: newEmail, currentPassword: TEST_PASSWORD } });
      const token = await tokenFromMail(api, newEmail, '/confirm-email/');
      await api.advanceClock(25 * HOUR);
      const anyone = from(api.client());
      const expired = await anyone.fails(CONFIRM_EMAIL, { input: { token } });
      expect(expired.extensions?.fields).toMatchObject([
        { field: 'token', reason: 'tokenExpired', message: 'Ce lien a expiré.' },
      ]);
      expect(
        (await anyone.fails(CONFIRM_EMAIL, { input: { token: 'x'.repeat(43) } })).extensions?.fields,
      ).toMatchObject([{ field: 'token', reason: 'tokenInvalid' }]);
      expect((await users().findOneByOrFail({ id: signed.userId })).email).toBe(signed.email);
    });

    it('a closed account’s e-mail links stop working (its old address stays free)', async () => {
      const signed = await signedUpClient(api, 'Fermé Bientôt');
      const here = from(signed);
      const first = uniqueEmail('avant-fermeture');
      const second = uniqueEmail('jamais-confirmee');
      await here.ok(REQUEST_EMAIL, { input: { email: first, currentPassword: TEST_PASSWORD } });
      const anyone = from(api.client());
      await anyone.ok(CONFIRM_EMAIL, { input: { token: await tokenFromMail(api, first, '/confirm-email/') } });
      const undo = await tokenFromMail(api, signed.email, '/undo-email-change/');
      await here.ok(REQUEST_EMAIL, { input: { email: second, currentPassword: TEST_PASSWORD } });
      const pending = await tokenFromMail(api, second, '/confirm-email/');
      // Closed as identity's erasure leaves the row (closeMyAccount): e-mail replaced, closedAt set.
      await users().update(signed.userId, { email: `closed:${signed.userId}`, closedAt: new Date() });
      for (const [query, token] of [
        [UNDO_EMAIL, undo],
        [CONFIRM_EMAIL, pending],
      ] as const)
        expect((await anyone.fails(query, { input: { token } })).extensions?.fields).toMatchObject([
          { field: 'token', reason: 'tokenInvalid' },
        ]);
      expect((await users().findOneByOrFail({ id: signed.userId })).email).toBe(`closed:${signed.userId}`);
    });

    it('a newer request voids the older link; the undo link expires after 7 days', async () => {
      const signed = await signedUpClient(api, 'Sara Deux Fois');
      const here = from(signed);
      const first = uniqueEmail('premiere');
      const second = uniqueEmail('seconde');
      await here.ok(REQUEST_EMAIL, { input: { email: first, currentPassword: TEST_PASSWORD } });
      const firstToken = await tokenFromMail(api, first, '/confirm-email/');
      await here.ok(REQUEST_EMAIL, { input: { email: second, currentPassword: TEST_PASSWORD } });
      const anyone = from(api.client());
      expect((await anyone.fails(CONFIRM_EMAIL, { input: { token: firstToken } })).extensions?.fields).toMatchObject([
        { field: 'token', reason: 'tokenInvalid' },
      ]);
      await anyone.ok(CONFIRM_EMAIL, { input: { token: await tokenFromMail(api, second, '/confirm-email/') } });
      const undo = await tokenFromMail(api, signed.email, '/undo-email-change/');
      await api.advanceClock(7 * 24 * HOUR + 60_000);
      expect((await anyone.fails(UNDO_EMAIL, { input: { token: undo } })).extensions?.fields).toMatchObject([
        { field: 'token', reason: 'tokenExpired' },
      ]);
      expect((await users().findOneByOrFail({ id: signed.userId })).email).toBe(second);
    });

    it('two accounts confirming one address at once: one wins, the other gets the clear error and keeps its address', async () => {
      const one = await signedUpClient(api, 'Un Concurrent');
      const two = await signedUpClient(api, 'Deux Concurrent');
      const wanted = uniqueEmail('convoitee');
      await from(one).ok(REQUEST_EMAIL, { input: { email: wanted, currentPassword: TEST_PASSWORD } });
      const oneToken = await tokenFromMail(api, wanted, '/confirm-email/');
      await from(two).ok(REQUEST_EMAIL, { input: { email: wanted, currentPassword: TEST_PASSWORD } });
      const twoToken = await tokenFromMail(api, wanted, '/confirm-email/');
      expect(twoToken).not.toBe(oneToken);
      const results = await Promise.all(
        [oneToken, twoToken].map((token) => from(api.client()).client.request(CONFIRM_EMAIL, { input: { token } })),
      );
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        fields: [{ field: 'email', reason: 'emailTaken', message: 'Un compte existe déjà avec cette adresse e-mail.' }],
      });
      const emails = (await users().findBy([{ id: one.userId }, { id: two.userId }])).map((u) => u.email).sort();
      expect(emails).toEqual([wanted, results[0].errors ? one.email : two.email].sort());
      expect(await users().countBy({ email: wanted })).toBe(1);
    });
  });
});
