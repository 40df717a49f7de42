import type { DataSourceOptions, MixedList } from 'typeorm';

/** How long the API waits on PostgreSQL before giving up (see DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS). */
export interface DatabaseTimeouts {
  /** A new pool connection not established after this long fails (instead of waiting for the kernel's minutes). */
  connectTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer than this (SQLSTATE 57014); 0: no limit. */
  statementTimeoutMs: number;
}

/**
 * The client's own limit on a query's answer, a little after the server's statement timeout: it
 * catches a server that went silent (host gone, network cut) where the server's timeout cannot.
 */
const CLIENT_GRACE_MS = 2000;

/**
 * Session settings of every connection. `jit=off`: PostgreSQL compiles a statement whose estimated
 * cost passes `jit_above_cost` (100,000 by default) to machine code first, on every run; the API's
 * statements are short, and at 1,000x the demo a dashboard statement whose estimates crossed that line
 * spent 44 of its 79 ms compiling (ADR 0044). Server defaults are left alone for other clients.
 */
export const SESSION_OPTIONS = '-c jit=off';

/**
 * The TypeORM options every runtime shares (API, tests, migration CLI): migrations only, never
 * synchronize, JIT off (`SESSION_OPTIONS`). The API passes its timeouts; the migration runs (CLI,
 * start-up) have none, as a migration may rightly take long.
 */
export function dataSourceOptions(
  url: string,
  migrations: MixedList<string | (new () => unknown)>,
  timeouts?: DatabaseTimeouts,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: migrations as DataSourceOptions['migrations'],
    migrationsTableName: 'migrations',
    extra: {
      max: 10,
      keepAlive: true,
      options: SESSION_OPTIONS,
      ...(timeouts && {
        connectionTimeoutMillis: timeouts.connectTimeoutMs,
        ...(timeouts.statementTimeoutMs > 0 && {
          statement_timeout: timeouts.statementTimeoutMs,
          query_timeout: timeouts.statementTimeoutMs + CLIENT_GRACE_MS,
        }),
      }),
    },
  };
}
