import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { authenticator } from 'otplib';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
  tokenFromMail,
  uniqueEmail,
} from '@assoc/platform-testing';

const CLOSE = `mutation($input: CloseAccountInput!) { closeMyAccount(input: $input) }`;
const ME = `{ me { id email name } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const SET_ENGLISH = `mutation { setLocale(locale: EN) { id } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;

// Issue 25, part 4: leaving for good. The closing is identity's; the sole-president check is the associations
// domain's (through identity's AccountMemberships port); every registered domain erases its part in the same
// transaction (each domain tests its own erasure; here: the account itself).
describe('closing one’s account', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule]);
  });
  afterAll(() => api.close());

  const user = async (id: string) =>
    (
      await api.dataSource.query(`SELECT email, name, "passwordHash", "closedAt" FROM users WHERE id = $1`, [id])
    )[0] as { email: string; name: string; passwordHash: string; closedAt: Date | null };

  it('refuses a wrong password in the caller’s language and changes nothing', async () => {
    const person = await signedUpClient(api, 'Inès Garnier');
    const fr = await person.fails(CLOSE, { input: { password: 'pas-le-bon-mot-de-passe' } });
    expect(fr.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', reason: 'closingPasswordWrong' }],
    });
    expect(fr.message).toBe(
      'Ce mot de passe n’est pas le bon : saisissez votre mot de passe actuel pour fermer le compte.',
    );
    await person.ok(SET_ENGLISH);
    const en = await person.fails(CLOSE, { input: { password: 'not-the-password' } });
    expect(en.message).toBe('This password is wrong: enter your current password to close the account.');
    // Empty: the input's own validation, naming the field.
    const empty = await person.fails(CLOSE, { input: { password: '' } });
    expect(empty.extensions?.fields).toMatchObject([{ field: 'password' }]);
    expect(await person.ok(ME)).toMatchObject({ me: { email: person.email, name: 'Inès Garnier' } });
    expect((await user(person.userId)).closedAt).toBeNull();
  });

  it('needs a session, and closes only the caller’s own account (another’s password is refused)', async () => {
    const anonymous = await api.client().fails(CLOSE, { input: { password: TEST_PASSWORD } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    const victim = await signedUpClient(api, 'Victor Ledoux');
    const intruder = await signedUpClient(api, 'Ivan Ruse');
    // The operation names nobody: whatever the caller sends (even a password that is also the victim's), it
    // closes the caller's own account and no other.
    expect(await intruder.ok(CLOSE, { input: { password: TEST_PASSWORD } })).toEqual({ closeMyAccount: true });
    expect(await victim.ok(ME)).toMatchObject({ me: { name: 'Victor Ledoux', email: victim.email } });
    expect((await user(victim.userId)).closedAt).toBeNull();
    expect((await user(intruder.userId)).closedAt).toBeInstanceOf(Date);
    // A closed account's session (kept by the intruder's client) cannot close or do anything again.
    expect(await intruder.ok(ME)).toEqual({ me: null });
    expect((await intruder.fails(CLOSE, { input: { password: TEST_PASSWORD } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('asks for the second factor when it is on: missing or wrong code refused, a recovery code closes', async () => {
    const person = await signedUpClient(api, 'Hugo Lambert');
    const { beginSecondFactorSetup: setup } = await person.ok<{ beginSecondFactorSetup: { secret: string } }>(
      `mutation { beginSecondFactorSetup { secret } }`,
    );
    const code = authenticator.clone({ epoch: api.clock.nowMs() }).generate(setup.secret);
    const { confirmSecondFactor } = await person.ok<{ confirmSecondFactor: { codes: string[] } }>(
      `mutation($code: String!) { confirmSecondFactor(input: { code: $code }) { codes } }`,
      { code },
    );
    const missing = await person.fails(CLOSE, { input: { password: TEST_PASSWORD } });
    expect(missing.extensions?.fields).toMatchObject([{ field: 'code', reason: 'closingCodeRequired' }]);
    expect(missing.message).toBe(
      'Saisissez le code de votre application de double authentification (ou un code de secours).',
    );
    const wrong = await person.fails(CLOSE, { input: { password: TEST_PASSWORD, code: '000000' } });
    expect(wrong.extensions?.fields).toMatchObject([{ field: 'code', reason: 'secondFactorCodeInvalid' }]);
    expect((await user(person.userId)).closedAt).toBeNull();
    expect(await person.ok(CLOSE, { input: { password: TEST_PASSWORD, code: confirmSecondFactor.codes[0] } })).toEqual({
      closeMyAccount: true,
    });
    const secrets = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM second_factors WHERE "userId" = $1)::int AS secrets,
              (SELECT count(*) FROM recovery_codes WHERE "userId" = $1)::int AS codes`,
      [person.userId],
    );
    expect(secrets).toEqual([{ secrets: 0, codes: 0 }]);
  });

  it('refuses the sole president, naming the association, until the role is handed over', async () => {
    const president = await signedUpClient(api, 'Claire Morel');
    const { associationId } = await createAssociation(president, 'Les Vitrines de Vitré');
    const treasurer = await joinedMember(api, president, 'BOARD', 'Yann Le Gall');
    const fr = await president.fails(CLOSE, { input: { password: TEST_PASSWORD } });
    expect(fr.extensions?.code).toBe('CONFLICT');
    expect(fr.message).toBe(
      'Vous êtes le seul président de « Les Vitrines de Vitré » : confiez d’abord ce rôle à un autre membre (page Membres), puis fermez votre compte.',
    );
    await president.ok(SET_ENGLISH);
    const en = await president.fails(CLOSE, { input: { password: TEST_PASSWORD } });
    expect(en.message).toContain('You are the only president of “Les Vitrines de Vitré”');
    expect((await user(president.userId)).closedAt).toBeNull();
    expect(await president.ok(`{ association { name } }`)).toEqual({ association: { name: 'Les Vitrines de Vitré' } });

    // Another president appointed: now the first may leave, and the association keeps one.
    await president.ok(CHANGE_ROLE, { input: { membershipId: treasurer.membershipId, role: 'PRESIDENT' } });
    expect(await president.ok(CLOSE, { input: { password: TEST_PASSWORD } })).toEqual({ closeMyAccount: true });
    const presidents = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM memberships WHERE "associationId" = $1 AND role = 'PRESIDENT' AND "removedAt" IS NULL`,
      [associationId],
    );
    expect(presidents).toEqual([{ n: 1 }]);
  });

  it('closes the account: signed out everywhere, reset link void, no log-in, name pseudonymised, e-mail free again', async () => {
    const president = await signedUpClient(api, 'Claire Morel');
    const { associationId } = await createAssociation(president);
    const member = await joinedMember(api, president, 'BOARD', 'Lucie Fleuriste');
    const invited = uniqueEmail('invited');
    await member.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, {
      input: { email: invited, role: 'MEMBER' },
    });
    const memberId = (await member.ok<{ me: { id: string } }>(ME)).me.id;
    const otherBrowser = api.client();
    await otherBrowser.ok(LOG_IN, { input: { email: member.email, password: TEST_PASSWORD } });
    // A reset link asked for before closing.
    await api.client().ok(`mutation { requestPasswordReset(input: { email: "${member.email}" }) }`);
    const resetToken = await tokenFromMail(api, member.email, '/reset-password/');

    expect(await member.ok(CLOSE, { input: { password: TEST_PASSWORD } })).toEqual({ closeMyAccount: true });

    // Both sessions are over; the reset link and the old password open nothing.
    expect(await member.ok(ME)).toEqual({ me: null });
    expect(await otherBrowser.ok(ME)).toEqual({ me: null });
    const reset = await api
      .client()
      .fails(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`, {
        input: { token: resetToken, password: 'un-tout-nouveau-mot-de-passe' },
      });
    expect(reset.extensions?.fields).toMatchObject([{ field: 'token', reason: 'tokenInvalid' }]);
    const logIn = await api.client().fails(LOG_IN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(logIn.message).toBe('Adresse e-mail ou mot de passe incorrect.');

    // The row stays (what points to it stays valid), with nothing personal left on it.
    const stored = await user(memberId);
    expect(stored).toMatchObject({ email: `closed:${memberId}`, name: 'Ancien membre', passwordHash: '' });
    expect(stored.closedAt).toBeInstanceOf(Date);
    const sessions = await api.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE "userId" = $1`, [
      memberId,
    ]);
    expect(sessions).toEqual([{ n: 0 }]);
    const links = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM password_reset_tokens WHERE "userId" = $1`,
      [memberId],
    );
    expect(links).toEqual([{ n: 0 }]);

    // The president reads "Ancien membre" (French) or "Former member" (English), and no e-mail, where the
    // member's name shows (here: who sent an invitation).
    const invitedBy = async (language: 'FR' | 'EN') => {
      await president.ok(`mutation { setLocale(locale: ${language}) { id } }`);
      const data = await president.ok<{ invitations: { email: string; invitedBy: { name: string; email: string } }[] }>(
        `{ invitations { email invitedBy { name email } } }`,
      );
      return data.invitations.find((i) => i.email === invited)?.invitedBy;
    };
    expect(await invitedBy('FR')).toEqual({ name: 'Ancien membre', email: '' });
    expect(await invitedBy('EN')).toEqual({ name: 'Former member', email: '' });
    expect(await president.ok(`{ association { id } }`)).toEqual({ association: { id: associationId } });

    // The same address signs up afresh: a new account, not the old one.
    const again = await signedUpClient(api, 'Lucie Nouvelle', member.email);
    expect(again.userId).not.toBe(memberId);
    expect(await again.ok(ME)).toMatchObject({ me: { email: member.email, name: 'Lucie Nouvelle' } });
  });
});
