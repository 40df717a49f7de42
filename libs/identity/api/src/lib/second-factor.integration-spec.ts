import { SECOND_STEP_MAX_FAILURES, SECOND_STEP_TTL_MINUTES } from '@assoc/identity-domain';
import {
  createTestApp,
  GraphqlClient,
  nextClientAddress,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
} from '@assoc/platform-testing';
import { authenticator } from 'otplib';
import { IdentityModule, IdentityPersonalData } from '../index';
import { RecoveryCodeEntity, SecondFactorEntity } from './second-factor.entity';

const STATUS = `{ secondFactor { enabled recoveryCodesLeft requiredBy } }`;
const BEGIN = `mutation { beginSecondFactorSetup { secret otpauthUri qrCode } }`;
const CONFIRM = `mutation($code: String!) { confirmSecondFactor(input: { code: $code }) { codes } }`;
const REGENERATE = `mutation($code: String!) { regenerateRecoveryCodes(input: { code: $code }) { codes } }`;
const DISABLE = `mutation($password: String!, $code: String!) { disableSecondFactor(input: { password: $password, code: $code }) }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const COMPLETE = `mutation($code: String!) { completeLogIn(input: { code: $code }) { id email } }`;
const ME = `{ me { email } }`;
const STEP_MS = 30_000;

type Person = GraphqlClient & { email: string; userId: string };

describe('the second factor (issue 25)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule]);
  });
  afterAll(() => api.close());

  /** The code the person's app shows now (the API's clock is the test clock). */
  const codeFor = (secret: string, at = api.clock.nowMs()) => authenticator.clone({ epoch: at }).generate(secret);

  /** Sets up a second factor for a new person; answers their secret and recovery codes. */
  async function withSecondFactor(): Promise<{ person: Person; secret: string; codes: string[] }> {
    const person = await signedUpClient(api);
    const { beginSecondFactorSetup: setup } = await person.ok<{ beginSecondFactorSetup: { secret: string } }>(BEGIN);
    const { confirmSecondFactor } = await person.ok<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, {
      code: codeFor(setup.secret),
    });
    // The code just used cannot serve again: the next sign-in waits for the next step.
    await api.advanceClock(STEP_MS);
    return { person, secret: setup.secret, codes: confirmSecondFactor.codes };
  }

  /** A new browser from its own address that passes the password step of `email`. */
  async function passwordStep(email: string): Promise<GraphqlClient> {
    const browser = api.client();
    const address = nextClientAddress();
    const original = browser.request.bind(browser);
    browser.request = (query, variables, headers = {}) =>
      original(query, variables, { 'x-forwarded-for': address, ...headers });
    expect(await browser.ok(LOG_IN, { input: { email, password: TEST_PASSWORD } })).toEqual({ logIn: null });
    return browser;
  }

  it('is set up with a QR code and a first code, gives ten recovery codes once, and keeps the secret sealed', async () => {
    const person = await signedUpClient(api);
    expect(await person.ok(STATUS)).toEqual({ secondFactor: { enabled: false, recoveryCodesLeft: 0, requiredBy: [] } });
    const { beginSecondFactorSetup: setup } = await person.ok<{
      beginSecondFactorSetup: { secret: string; otpauthUri: string; qrCode: string };
    }>(BEGIN);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toBe(
      `otpauth://totp/Vitrines:${encodeURIComponent(person.email)}?secret=${setup.secret}&period=30&digits=6&algorithm=SHA1&issuer=Vitrines`,
    );
    expect(Buffer.from(setup.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
    // Not in force before a code confirms it: a log-in still opens a session at once.
    expect((await person.ok(STATUS)).secondFactor).toMatchObject({ enabled: false });

    const wrong = await person.fails(CONFIRM, { code: '000000' });
    expect(wrong.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'code', reason: 'secondFactorCodeInvalid' }),
    ]);
    expect(wrong.message).toBe(
      'Ce code n’est pas le bon, ou il a expiré : saisissez le code affiché maintenant par votre application, ou un code de secours.',
    );
    const { confirmSecondFactor } = await person.ok<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, {
      code: codeFor(setup.secret),
    });
    expect(confirmSecondFactor.codes).toHaveLength(10);
    expect(new Set(confirmSecondFactor.codes).size).toBe(10);
    for (const code of confirmSecondFactor.codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await person.ok(STATUS)).toEqual({ secondFactor: { enabled: true, recoveryCodesLeft: 10, requiredBy: [] } });

    // Stored: the secret sealed, the codes as keyed hashes; and the secret is never given again.
    const row = await api.dataSource.getRepository(SecondFactorEntity).findOneByOrFail({ userId: person.userId });
    expect(row.sealedSecret).not.toContain(setup.secret);
    const hashes = await api.dataSource.getRepository(RecoveryCodeEntity).findBy({ userId: person.userId });
    expect(hashes).toHaveLength(10);
    for (const code of confirmSecondFactor.codes)
      expect(hashes.some((h) => h.codeHash.includes(code) || h.codeHash.includes(code.replace('-', '')))).toBe(false);
    // The person's data export says it is on and how many codes are left, never the secret nor a code.
    const part = await api.app
      .get(IdentityPersonalData)
      .exportPerson({ userId: person.userId, associationIds: [] }, api.dataSource.manager);
    expect(part.sections.find((section) => section.name === 'identity-second-factor')?.rows).toEqual([
      { turnedOnAt: row.confirmedAt?.toISOString(), recoveryCodesLeft: 10, recoveryCodesUsed: 0 },
    ]);
    const exported = JSON.stringify(part);
    expect([setup.secret, ...confirmSecondFactor.codes, row.sealedSecret].filter((s) => exported.includes(s))).toEqual(
      [],
    );
    const again = await person.fails(BEGIN);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'secondFactorAlreadyOn' });
  });

  it('asks for a code after the right password: no session until then, and a code serves once', async () => {
    const { person, secret } = await withSecondFactor();
    const browser = await passwordStep(person.email);
    expect(await browser.ok(ME)).toEqual({ me: null });
    expect(browser.cookieHeader).not.toMatch(/sid=/);
    const code = codeFor(secret);
    expect(await browser.ok(COMPLETE, { code: `${code.slice(0, 3)} ${code.slice(3)}` })).toEqual({
      completeLogIn: { id: person.userId, email: person.email },
    });
    expect(await browser.ok(ME)).toEqual({ me: { email: person.email } });
    // The step is spent with the log-in.
    const replayStep = await browser.fails(COMPLETE, { code });
    expect(replayStep.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'code', reason: 'secondFactorStepExpired' }),
    ]);

    // Another sign-in within the same 30 seconds cannot reuse that code (fr and en).
    const other = await passwordStep(person.email);
    const reused = await other.fails(COMPLETE, { code });
    expect(reused.message).toBe('Ce code a déjà servi : attendez le suivant dans votre application.');
    other.language = 'en';
    expect((await other.fails(COMPLETE, { code })).message).toBe(
      'This code has already been used: wait for the next one in your app.',
    );
    expect(await other.ok(ME)).toEqual({ me: null });
    await api.advanceClock(STEP_MS);
    expect((await other.ok(COMPLETE, { code: codeFor(secret) })).completeLogIn).toMatchObject({ id: person.userId });
  });

  it('takes a recovery code once, in any case and with or without its dash', async () => {
    const { person, codes } = await withSecondFactor();
    const browser = await passwordStep(person.email);
    await browser.ok(COMPLETE, { code: codes[3].toUpperCase().replace('-', ' ') });
    expect(await browser.ok(ME)).toEqual({ me: { email: person.email } });
    expect((await browser.ok(STATUS)).secondFactor).toMatchObject({ recoveryCodesLeft: 9 });

    const second = await passwordStep(person.email);
    second.language = 'en';
    const twice = await second.fails(COMPLETE, { code: codes[3] });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'secondFactorCodeInvalid' });
    expect(twice.message).toBe(
      'This code is wrong or has expired: enter the code your app shows now, or a recovery code.',
    );
    expect(await second.ok(ME)).toEqual({ me: null });
    expect((await second.ok(COMPLETE, { code: codes[4] })).completeLogIn).toMatchObject({ id: person.userId });
  });

  it('refuses the second step without the first, or once its few minutes are over', async () => {
    const { person, secret } = await withSecondFactor();
    const stranger = api.client();
    const none = await stranger.fails(COMPLETE, { code: codeFor(secret) });
    expect(none.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'code', reason: 'secondFactorStepExpired' }),
    ]);
    expect(none.message).toBe(
      'La connexion a expiré : saisissez à nouveau votre adresse e-mail et votre mot de passe.',
    );
    const late = await passwordStep(person.email);
    await api.advanceClock(SECOND_STEP_TTL_MINUTES * 60_000 + 1_000);
    const expired = await late.fails(COMPLETE, { code: codeFor(secret) });
    expect(expired.extensions).toMatchObject({ reason: 'secondFactorStepExpired' });
    expect(await late.ok(ME)).toEqual({ me: null });
  });

  it('throttles wrong codes per account like the first step: past the limit even the right code waits', async () => {
    const { person, secret } = await withSecondFactor();
    const browser = await passwordStep(person.email);
    for (let i = 0; i < SECOND_STEP_MAX_FAILURES; i += 1) {
      const wrong = await browser.fails(COMPLETE, { code: '000000' });
      expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const blocked = await browser.fails(COMPLETE, { code: codeFor(secret) });
    expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // From another browser and address too: the count is the account's.
    const other = await passwordStep(person.email);
    expect((await other.fails(COMPLETE, { code: codeFor(secret) })).extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await other.ok(ME)).toEqual({ me: null });
    // The window over, the right code opens the session.
    await api.advanceClock(16 * 60_000);
    const later = await passwordStep(person.email);
    expect((await later.ok(COMPLETE, { code: codeFor(secret) })).completeLogIn).toMatchObject({ id: person.userId });
  });

  it('regenerates the recovery codes with a code (the old ones stop working), and turns off with the password and a code', async () => {
    const { person, secret, codes } = await withSecondFactor();
    const wrong = await person.fails(REGENERATE, { code: '123456' });
    expect(wrong.extensions).toMatchObject({ reason: 'secondFactorCodeInvalid' });
    const { regenerateRecoveryCodes } = await person.ok<{ regenerateRecoveryCodes: { codes: string[] } }>(REGENERATE, {
      code: codeFor(secret),
    });
    expect(regenerateRecoveryCodes.codes).toHaveLength(10);
    expect(regenerateRecoveryCodes.codes.filter((c) => codes.includes(c))).toEqual([]);
    const browser = await passwordStep(person.email);
    expect((await browser.fails(COMPLETE, { code: codes[0] })).extensions).toMatchObject({
      reason: 'secondFactorCodeInvalid',
    });

    await api.advanceClock(STEP_MS);
    const badPassword = await person.fails(DISABLE, { password: 'not-the-password', code: codeFor(secret) });
    expect(badPassword.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'password', reason: 'secondFactorPasswordWrong' }),
    ]);
    expect(badPassword.message).toBe('Le mot de passe n’est pas le bon.');
    expect((await person.ok(STATUS)).secondFactor).toMatchObject({ enabled: true });
    await person.ok(DISABLE, { password: TEST_PASSWORD, code: regenerateRecoveryCodes.codes[0] });
    expect(await person.ok(STATUS)).toEqual({ secondFactor: { enabled: false, recoveryCodesLeft: 0, requiredBy: [] } });
    expect(await api.dataSource.getRepository(RecoveryCodeEntity).countBy({ userId: person.userId })).toBe(0);
    // Off: the password alone opens a session again.
    const direct = api.client();
    const logIn = await direct.request<{ logIn: { id: string } | null }>(
      LOG_IN,
      { input: { email: person.email, password: TEST_PASSWORD } },
      { 'x-forwarded-for': nextClientAddress() },
    );
    expect(logIn.data?.logIn).toEqual({ id: person.userId });
  });
});
