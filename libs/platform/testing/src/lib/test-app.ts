import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  BackgroundWork,
  Clock,
  configureHttp,
  httpAdapter,
  loadConfig,
  MailTransport,
  MailWorker,
  OutboxMailEntity,
  PlatformModule,
  PlatformOptions,
  TestClock,
} from '@assoc/platform-api';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { GraphqlClient } from './graphql-client';

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** A new browser-like client with its own cookie jar. */
  client(): GraphqlClient;
  /** Mails queued so far, newest first (after the work requests started in the background is done). */
  mails(): Promise<OutboxMailEntity[]>;
  /** Runs the mail worker once. */
  sendMails(): Promise<number>;
  /** The API's one clock (a test clock: see advanceClock). */
  clock: Clock;
  /**
   * Moves the API's clock forward by `ms`, then runs every job of this app once (deadlines,
   * reminders, transitions, then mails), as `advanceTestClock` does for the browser journeys.
   */
  advanceClock(ms: number): Promise<Date>;
  close(): Promise<void>;
}

/** A fresh database for this test file, copied from the template the global setup built with the migrations. */
export async function createTestDatabase(): Promise<string> {
  const server = process.env['TEST_SERVER_URL'];
  const template = process.env['TEST_TEMPLATE_DB'];
  if (!server || !template)
    throw new Error('Integration tests need the API global setup (apps/api/test/global-setup.ts) in jest.config');
  const name = `${template}_f_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts the API (platform + the given domain modules) on a random port over a fresh database,
 * exactly as main.ts wires it: same guard, pipes, filters, cookies.
 */
export interface TestAppOptions {
  env?: Record<string, string>;
  /** Share a database with another test app (two API instances). */
  databaseUrl?: string;
  mailTransport?: MailTransport;
  /** Run these migrations at start, as main.ts does (for a database not copied from the template). */
  migrations?: PlatformOptions['migrations'];
}

export async function createTestApp(
  imports: ModuleMetadata['imports'],
  { env = {}, databaseUrl, mailTransport, migrations = [] }: TestAppOptions = {},
): Promise<TestApp> {
  const url = databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MAIL_WORKER: 'false',
    SEED_DEMO: 'false',
    // A clock the tests can move, except in a production-like app (where the configuration refuses it).
    TEST_CLOCK: env['NODE_ENV'] === 'production' ? 'false' : 'true',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'assoc-test-data-')),
    ...env,
  });
  const builder = Test.createTestingModule({
    imports: [PlatformModule.forRoot({ config, databaseUrl: url, migrations, mailTransport }), ...(imports ?? [])],
  });
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication(httpAdapter(config), { logger: false });
  await configureHttp(app);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);
  return {
    app,
    url: base,
    databaseUrl: url,
    dataSource,
    client: () => new GraphqlClient(base),
    mails: async () => {
      await app.get(BackgroundWork).whenIdle(); // mails queued after an answer (a password-reset request)
      return dataSource.getRepository(OutboxMailEntity).find({ order: { createdAt: 'DESC' } });
    },
    sendMails: async () => {
      await app.get(BackgroundWork).whenIdle();
      return app.get(MailWorker).sendPending();
    },
    clock: app.get(Clock),
    advanceClock: async (ms) => (await app.get(TestClock).advance(ms)).now,
    close: () => app.close(),
  };
}
