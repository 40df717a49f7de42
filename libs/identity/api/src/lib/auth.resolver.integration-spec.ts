import { IsNull } from 'typeorm';
import { LOGIN_WINDOW_MINUTES, PASSWORD_RESET_TTL_MINUTES } from '@assoc/identity-domain';
import {
  createTestApp,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
  tokenFromMail,
  uniqueEmail,
} from '@assoc/platform-testing';
import { IdentityModule } from '../index';
import { UserEntity } from './user.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';

const MINUTE = 60_000;

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { id email name locale } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const ME = `{ me { email name } }`;

describe('accounts and sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule]);
  });
  afterAll(() => api.close());

  it('signs up through the mailed link, stays logged in through the cookie, and stores an argon2id hash', async () => {
    const client = api.client();
    const email = uniqueEmail();
    expect(
      await client.ok(SIGN_UP, {
        input: { email: `  ${email.toUpperCase()} `, name: 'Jeanne Leroy', password: TEST_PASSWORD },
      }),
    ).toEqual({ signUp: true });
    expect(await client.ok(ME)).toEqual({ me: null });
    const token = await tokenFromMail(api, email, '/signup/confirm/');
    const data = await client.ok<{ confirmSignUp: { email: string; locale: string } }>(CONFIRM, { input: { token } });
    expect(data.confirmSignUp).toMatchObject({ email, locale: 'FR' });
    expect(client.cookieHeader).toMatch(/^sid=/);
    expect(await client.ok(ME)).toEqual({ me: { email, name: 'Jeanne Leroy' } });
    const stored = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ email });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses bad input field by field, in French or English, and creates nothing', async () => {
    const client = api.client();
    const before = await api.dataSource.getRepository(UserEntity).count();
    const fr = await client.fails(SIGN_UP, { input: { email: 'pas-un-email', name: '', password: 'court' } });
    expect(fr.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fr.extensions?.fields).toMatchObject([
      { field: 'email', message: "L'adresse e-mail n'est pas valide." },
      { field: 'name', message: 'Ce champ est obligatoire.' },
      { field: 'password', message: 'Le mot de passe doit comporter au moins 12 caractères.' },
    ]);
    client.language = 'en';
    const en = await client.fails(SIGN_UP, { input: { email: uniqueEmail(), name: 'A', password: 'x'.repeat(129) } });
    expect(en.extensions?.fields).toMatchObject([
      { field: 'password', message: 'The password must have at most 128 characters.' },
    ]);
    // For programs: each reason's key and parameters beside its text, for the error and for each field.
    expect(en.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'passwordTooLong',
      params: { max: 128 },
      fields: [{ field: 'password', reason: 'passwordTooLong', params: { max: 128 } }],
    });
    expect(await api.dataSource.getRepository(UserEntity).count()).toBe(before);
  });

  it('logs out for good: the old cookie no longer opens the session', async () => {
    const client = await signedUpClient(api);
    const stolen = client.cookieHeader;
    await client.ok(`mutation { logOut }`);
    expect(await client.ok(ME)).toEqual({ me: null });
    const replay = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolen },
      body: JSON.stringify({ query: ME }),
    });
    expect(await replay.json()).toEqual({ data: { me: null } });
  });

  it('logs in with the right password only', async () => {
    const person = await signedUpClient(api);
    const wrong = await api.client().fails(LOG_IN, { input: { email: person.email, password: 'wrong-password-123' } });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    const client = api.client();
    await client.ok(LOG_IN, { input: { email: person.email, password: TEST_PASSWORD } });
    expect(await client.ok(ME)).toMatchObject({ me: { email: person.email } });
  });

  it('resets a forgotten password through a single-use e-mailed link', async () => {
    const person = await signedUpClient(api, 'Henri Caron');
    const anonymous = api.client();
    expect(await anonymous.ok(`mutation { requestPasswordReset(input: { email: "${person.email}" }) }`)).toEqual({
      requestPasswordReset: true,
    });
    expect(
      await anonymous.ok(`mutation { requestPasswordReset(input: { email: "nobody-${Date.now()}@example.fr" }) }`),
    ).toEqual({ requestPasswordReset: true });
    const token = await tokenFromMail(api, person.email, '/reset-password/');
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const stored = await api.dataSource
      .getRepository(PasswordResetTokenEntity)
      .findOneByOrFail({ userId: person.userId });
    expect(stored.tokenHash).not.toContain(token);

    const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`;
    const newPassword = 'un-nouveau-mot-de-passe';
    await anonymous.ok(RESET, { input: { token, password: newPassword } });
    expect(await anonymous.ok(ME)).toMatchObject({ me: { email: person.email } });
    // The old session is over, the link is used up, the new password works and the old one not.
    expect(await person.ok(ME)).toEqual({ me: null });
    const reused = await api.client().fails(RESET, { input: { token, password: newPassword } });
    expect(reused.extensions?.fields).toMatchObject([
      { field: 'token', message: "Ce lien n'est pas valide ou a déjà servi." },
    ]);
    await api.client().ok(LOG_IN, { input: { email: person.email, password: newPassword } });
    await api.client().fails(LOG_IN, { input: { email: person.email, password: TEST_PASSWORD } });
  });

  it('voids the older reset links when a newer one is sent or used', async () => {
    const person = await signedUpClient(api);
    const REQUEST = `mutation { requestPasswordReset(input: { email: "${person.email}" }) }`;
    const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`;
    await api.client().ok(REQUEST);
    const older = await tokenFromMail(api, person.email, '/reset-password/');
    await api.client().ok(REQUEST);
    const newer = await tokenFromMail(api, person.email, '/reset-password/');
    expect(newer).not.toBe(older);
    const refused = await api.client().fails(RESET, { input: { token: older, password: 'un-autre-mot-de-passe' } });
    expect(refused.extensions?.fields).toMatchObject([
      { field: 'token', message: "Ce lien n'est pas valide ou a déjà servi." },
    ]);
    await api.client().ok(RESET, { input: { token: newer, password: 'un-autre-mot-de-passe' } });
    const unused = await api.dataSource
      .getRepository(PasswordResetTokenEntity)
      .countBy({ userId: person.userId, usedAt: IsNull() });
    expect(unused).toBe(0);
  });

  it('refuses an expired reset link', async () => {
    const person = await signedUpClient(api);
    await api.client().ok(`mutation { requestPasswordReset(input: { email: "${person.email}" }) }`);
    const token = await tokenFromMail(api, person.email, '/reset-password/');
    await api.advanceClock(PASSWORD_RESET_TTL_MINUTES * MINUTE + 1000);
    const error = await api
      .client()
      .fails(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`, {
        input: { token, password: 'another-long-password' },
      });
    expect(error.extensions?.fields).toMatchObject([{ field: 'token', message: 'Ce lien a expiré.' }]);
  });

  it('remembers the chosen language and answers errors in it', async () => {
    const client = await signedUpClient(api);
    await client.ok(`mutation { setLocale(locale: EN) { locale } }`);
    client.language = 'fr'; // the browser still says French: the person's choice wins
    const error = await client.fails(`mutation { requestPasswordReset(input: { email: "not-an-address" }) }`);
    expect(error.message).toBe('The e-mail address is not valid.');
  });

  it('needs a login for logOut and setLocale', async () => {
    const error = await api.client().fails(`mutation { logOut }`);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
  // Last: it moves the clock.
  it('throttles an account from an address after 10 failures in 15 minutes, even with the right password', async () => {
    const person = await signedUpClient(api);
    for (let i = 0; i < 10; i++)
      await api.client().fails(LOG_IN, { input: { email: person.email, password: `wrong-password-${i}` } });
    const blocked = await api.client().fails(LOG_IN, { input: { email: person.email, password: TEST_PASSWORD } });
    expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Another account from the same address is not that account's business (the address's own cap is 20).
    const other = await signedUpClient(api);
    await api.client().ok(LOG_IN, { input: { email: other.email, password: TEST_PASSWORD } });
    // The window slides with the clock: once the failures are older than it, the right password works again.
    await api.advanceClock(LOGIN_WINDOW_MINUTES * MINUTE + 1000);
    await api.client().ok(LOG_IN, { input: { email: person.email, password: TEST_PASSWORD } });
  });
});
