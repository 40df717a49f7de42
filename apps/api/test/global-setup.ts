/**
 * Jest global setup for every API integration test: one PostgreSQL for the run (TEST_DATABASE_URL or
 * DATABASE_URL when set, else an embedded one in a temporary folder) and a template database built
 * by running the migrations; each test file then copies the template (see createTestApp).
 * Relative imports: jest's module mapper does not apply to global setup files.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// eslint-disable-next-line @nx/enforce-module-boundaries -- jest global setup cannot resolve the @assoc aliases
import { startEmbeddedPostgres } from '../../../libs/platform/api/src/lib/database/embedded-postgres';
import { MIGRATIONS } from '../src/migrations';

const globals = globalThis as typeof globalThis & { __stopTestDatabase?: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function globalSetup(): Promise<void> {
  const given = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  let serverUrl = given;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'assoc-test-pg-')), { persistent: false });
    serverUrl = embedded.url;
    globals.__stopTestDatabase = embedded.stop;
  }
  const template = `tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const dataSource = new DataSource({
    type: 'postgres',
    url: withDatabase(serverUrl, template),
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  process.env['TEST_SERVER_URL'] = serverUrl;
  process.env['TEST_TEMPLATE_DB'] = template;
  const previous = globals.__stopTestDatabase;
  globals.__stopTestDatabase = async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    // Drop this run's databases (template and copies) when on a shared server.
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${template}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
    await previous?.();
  };
}
