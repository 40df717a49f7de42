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
 * The TypeORM options every runtime shares (API, tests, migration CLI): migrations only, never
 * synchronize. The API passes its timeouts; the migration runs (CLI, start-up) have none, as a
 * migration may rightly take long.
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
