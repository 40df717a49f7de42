import { IDENTITY_PURGE_GRACE_DAYS, SESSION_TTL_DAYS, SIGN_UP_TTL_HOURS } from '@assoc/identity-domain';
import { registeredRetention } from '@assoc/platform-domain';
import { createTestApp, signedUpClient, TEST_PASSWORD, TestApp, uniqueEmail } from '@assoc/platform-testing';
import { IdentityModule } from '../index';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const REQUEST_EMAIL = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { email } }`;

/**
 * What identity keeps only for a while is deleted by its purge job, by the constants the privacy page prints
 * (issue 25 part 6): an expired link still says it expired for a day of grace, then nothing is left of it.
 */
describe('identity purge', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule]);
  });
  afterAll(() => api.close());

  it('deletes unconfirmed sign-ups, stale e-mail changes and expired sessions a day after they expire', async () => {
    const person = await signedUpClient(api, 'Paul Provisoire');
    await person.ok(REQUEST_EMAIL, { input: { email: uniqueEmail('nouvelle'), currentPassword: TEST_PASSWORD } });
    const neverConfirmed = uniqueEmail('jamais');
    await api.client().ok(SIGN_UP, { input: { email: neverConfirmed, name: 'Jean Jamais', password: TEST_PASSWORD } });
    const left = async () => {
      const [row] = (await api.dataSource.query(
        `SELECT (SELECT count(*) FROM sessions WHERE "userId" = $1)::int AS sessions,
                (SELECT count(*) FROM email_changes WHERE "userId" = $1)::int AS "emailChanges",
                (SELECT count(*) FROM pending_sign_ups WHERE email = $2)::int AS "pendingSignUps"`,
        [person.userId, neverConfirmed],
      )) as { sessions: number; emailChanges: number; pendingSignUps: number }[];
      return row;
    };
    expect(await left()).toEqual({ sessions: 1, emailChanges: 1, pendingSignUps: 1 });

    // Both links expired an hour ago: still there, so the links say "expired" rather than "invalid".
    await api.advanceClock(SIGN_UP_TTL_HOURS * HOUR + HOUR);
    expect(await left()).toEqual({ sessions: 1, emailChanges: 1, pendingSignUps: 1 });
    // The day of grace over: gone; the session is still valid and stays.
    await api.advanceClock(IDENTITY_PURGE_GRACE_DAYS * DAY);
    expect(await left()).toEqual({ sessions: 1, emailChanges: 0, pendingSignUps: 0 });
    // The session expired an hour ago (30 days and an hour since the sign-in): kept for its day of grace, then gone.
    await api.advanceClock((SESSION_TTL_DAYS - 2) * DAY);
    expect(await left()).toEqual({ sessions: 1, emailChanges: 0, pendingSignUps: 0 });
    await api.advanceClock(IDENTITY_PURGE_GRACE_DAYS * DAY);
    expect(await left()).toEqual({ sessions: 0, emailChanges: 0, pendingSignUps: 0 });

    // What the privacy page prints is what was just done.
    const printed = registeredRetention().filter((period) => period.owner === 'identity');
    expect(Object.fromEntries(printed.map((period) => [period.key, period.days]))).toEqual({
      'identity.sessions': SESSION_TTL_DAYS + IDENTITY_PURGE_GRACE_DAYS,
      'identity.pendingSignUps': 1 + IDENTITY_PURGE_GRACE_DAYS,
      'identity.emailChanges': 7 + IDENTITY_PURGE_GRACE_DAYS,
    });
  });
});
