import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.isProduction).toBe(false);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' })).toThrow(
      /PORT[\s\S]*DATABASE_URL must start with postgres[\s\S]*SMTP_URL must start with smtp/,
    );
  });

  it('requires a real secret key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40) })).toThrow(
      /SMTP_URL is required in production/,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40), SMTP_URL: 'smtp://mail:25' }).isProduction,
    ).toBe(true);
  });

  it('starts in production without SMTP only when mail is explicitly disabled', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40) };
    expect(() => loadConfig({ ...production, MAIL_ENABLED: 'true' })).toThrow(
      /SMTP_URL is required[\s\S]*MAIL_ENABLED=false/,
    );
    expect(loadConfig({ ...production, MAIL_ENABLED: 'false' }).MAIL_ENABLED).toBe(false);
    expect(loadConfig({}).MAIL_ENABLED).toBe(true);
  });

  it('refuses the test clock in production, allows it elsewhere', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40), SMTP_URL: 'smtp://mail:25' };
    expect(() => loadConfig({ ...production, TEST_CLOCK: 'true' })).toThrow(/TEST_CLOCK must not be on in production/);
    expect(loadConfig({ ...production, TEST_CLOCK: 'false' }).TEST_CLOCK).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK: 'true' }).TEST_CLOCK).toBe(true);
    expect(loadConfig({}).TEST_CLOCK).toBe(false);
  });
});

describe('loadConfig: real time and digests', () => {
  it('defaults to PostgreSQL pub/sub and an 18:00 digest, and refuses bad values', () => {
    expect(loadConfig({})).toMatchObject({ PUBSUB: 'postgres', DIGEST_HOUR: 18, DIGEST_WORKER: true });
    expect(loadConfig({ PUBSUB: 'memory', DIGEST_HOUR: '7', DIGEST_WORKER: 'false' })).toMatchObject({
      PUBSUB: 'memory',
      DIGEST_HOUR: 7,
      DIGEST_WORKER: false,
    });
    expect(() => loadConfig({ PUBSUB: 'redis', DIGEST_HOUR: '24' })).toThrow(/PUBSUB[\s\S]*DIGEST_HOUR/);
  });
});
