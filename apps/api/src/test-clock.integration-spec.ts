/**
 * The test clock: time moves forward only where TEST_CLOCK is on, every rule by the clock follows
 * it, and the operations are absent from a production schema (the configuration refuses the
 * setting there, and without it the schema has no such field).
 */
import {
  createAssociation,
  createTestApp,
  signedUpClient,
  TestApp,
  tokenFromMail,
  uniqueEmail,
} from '@assoc/platform-testing';
import { loadConfig } from '@assoc/platform-api';
import { DOMAIN_MODULES } from './app.module';

const DAY_MINUTES = 24 * 60;

describe('the test clock', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp(DOMAIN_MODULES, { env: { TEST_CLOCK: 'true' } });
  });
  afterAll(() => api.close());

  it('moves forward through GraphQL, runs the jobs, and expires an invitation a person would see expire', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const email = uniqueEmail('invited');
    await president.ok(`mutation($email: String!) { inviteMember(input: { email: $email, role: MEMBER }) { id } }`, {
      email,
    });
    const token = await tokenFromMail(api, email, '/invitation/');
    const anonymous = api.client();
    expect(
      (
        await anonymous.ok<{ invitationPreview: { email: string } }>(
          `query($t: String!) { invitationPreview(token: $t) { email } }`,
          { t: token },
        )
      ).invitationPreview.email,
    ).toBe(email);

    const before = (
      await anonymous.ok<{ testClock: { now: string; aheadMinutes: number } }>(`{ testClock { now aheadMinutes } }`)
    ).testClock;
    const moved = await anonymous.ok<{ advanceTestClock: { now: string; aheadMinutes: number; jobsRun: string[] } }>(
      `mutation { advanceTestClock(minutes: ${15 * DAY_MINUTES}) { now aheadMinutes jobsRun } }`,
    );
    expect(moved.advanceTestClock.aheadMinutes).toBe(before.aheadMinutes + 15 * DAY_MINUTES);
    expect(Date.parse(moved.advanceTestClock.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(
      15 * DAY_MINUTES * 60_000,
    );
    expect(moved.advanceTestClock.jobsRun).toEqual(
      expect.arrayContaining([
        'ProjectDeadlines',
        'CampaignTransitions',
        'CashmobJobs',
        'NotificationDigests',
        'MailWorker',
      ]),
    );
    expect(moved.advanceTestClock.jobsRun.at(-1)).toBe('MailWorker');

    // Invitations last 14 days: fifteen days later, the same link is expired.
    const expired = await anonymous.fails(`query($t: String!) { invitationPreview(token: $t) { email } }`, {
      t: token,
    });
    expect(expired.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(expired.extensions)).toContain('token');
  });

  it('refuses to go back or to jump more than a year, naming the field', async () => {
    const anonymous = api.client();
    for (const minutes of [0, -5, 367 * DAY_MINUTES]) {
      const error = await anonymous.fails(`mutation { advanceTestClock(minutes: ${minutes}) { now } }`);
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions)).toContain('minutes');
    }
  });
});

describe('a production API', () => {
  it('refuses to start with the test clock', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SECRET_KEY: 'k'.repeat(40),
        SMTP_URL: 'smtp://127.0.0.1:2525',
        TEST_CLOCK: 'true',
      }),
    ).toThrow(/TEST_CLOCK/);
  });

  it('has no test clock operation in its schema', async () => {
    const production = await createTestApp(DOMAIN_MODULES, {
      env: {
        NODE_ENV: 'production',
        SECRET_KEY: 'k'.repeat(40),
        SMTP_URL: 'smtp://127.0.0.1:2525',
        TEST_CLOCK: 'false',
      },
    });
    try {
      const client = production.client();
      for (const operation of [`mutation { advanceTestClock(minutes: 60) { now } }`, `{ testClock { now } }`]) {
        const error = await client.fails(operation);
        expect(error.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(error.message).toMatch(/Cannot query field "(advanceTestClock|testClock)"/);
      }
    } finally {
      await production.close();
    }
  });
});
