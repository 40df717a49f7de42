import { runMigrationsLocked } from '@assoc/platform-api';
import { createTestApp, TestApp } from '@assoc/platform-testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DOMAIN_MODULES } from './app.module';
import { MIGRATIONS } from './migrations';

/**
 * Three instances starting at once on one empty database (not a copy of the template): the advisory
 * lock lets one run the migrations while the others wait, then find nothing to do. Without it they
 * raced (a duplicate key on pg_extension, or a table created twice).
 */
const quiet = { log: () => undefined };

describe('migrations at start', () => {
  const server = process.env['TEST_SERVER_URL'] as string;
  const blank = () => `${process.env['TEST_TEMPLATE_DB']}_blank_${randomBytes(3).toString('hex')}`;
  const urlOf = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const names = [blank(), blank()];
  let apps: TestApp[] = [];

  async function admin<T>(work: (client: Client) => Promise<T>, on = server): Promise<T> {
    const client = new Client({ connectionString: on });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(() =>
    admin(async (c) => {
      for (const name of names) await c.query(`CREATE DATABASE "${name}"`);
    }),
  );
  afterAll(async () => {
    await Promise.all(apps.map((api) => api.close()));
    await admin(async (c) => {
      for (const name of names) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  }, 120_000); // three apps' graceful shutdowns, then two databases dropped: over 30 s on a loaded machine

  it('runs them once under the lock when three start together: one runs them all, the others wait and find none', async () => {
    const url = urlOf(names[0]);
    const ran = await Promise.all([1, 2, 3].map(() => runMigrationsLocked(url, MIGRATIONS, quiet)));
    expect(ran.map((names) => names.length).sort((a, b) => a - b)).toEqual([0, 0, MIGRATIONS.length]);
  }, 120_000);

  it('three instances starting together on an empty database all come up, and each migration ran once', async () => {
    const url = urlOf(names[1]);
    const started = await Promise.allSettled(
      [1, 2, 3].map(() => createTestApp(DOMAIN_MODULES, { databaseUrl: url, migrations: MIGRATIONS })),
    );
    apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    expect(
      started.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason)),
    ).toEqual([]);
    for (const api of apps) expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    const ran = await admin((c) => c.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`), url);
    expect(ran.rows).toHaveLength(MIGRATIONS.length);
    expect(new Set(ran.rows.map((r) => r.name)).size).toBe(MIGRATIONS.length);
    // The lock is released: nobody still holds it.
    const held = await admin(
      (c) =>
        c.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        ),
      url,
    );
    expect(held.rows[0].n).toBe(0);
  }, 120_000);
});
