import { Logger } from '@nestjs/common';
import { DataSource, MigrationExecutor, MixedList } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * One lock per database (the key's second half is the database's oid), so that instances starting
 * together on one database take turns while other databases of the same server are not held up.
 */
const LOCK_KEY = `hashtext('assoc-migrations'), (SELECT oid FROM pg_database WHERE datname = current_database())::int`;

/**
 * Runs the pending migrations under a PostgreSQL advisory lock: with several instances starting at
 * once on an empty database, the first runs them while the others wait on the lock, then find
 * nothing left to do (without it they raced: a duplicate key on pg_extension). The lock is a
 * session lock held on the connection that runs the migrations, released at the end (or by
 * PostgreSQL if the process dies). Its own connection, without the pool's statement timeout: a
 * migration may take long, and so may the wait for another instance's.
 */
export async function runMigrationsLocked(
  url: string,
  migrations: MixedList<string | (new () => unknown)>,
  logger: Pick<Logger, 'log'> = new Logger('Migrations'),
): Promise<string[]> {
  if (Array.isArray(migrations) && migrations.length === 0) return [];
  const dataSource = await new DataSource({ ...dataSourceOptions(url, migrations), extra: { max: 1 } }).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const waited = performance.now();
    await runner.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    const lockMs = Math.round(performance.now() - waited);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'all';
      const done = await executor.executePendingMigrations();
      const names = done.map((m) => m.name);
      logger.log(
        names.length
          ? `ran ${names.length} migration(s) (waited ${lockMs} ms for the lock): ${names.join(', ')}`
          : `database up to date (waited ${lockMs} ms for the lock)`,
      );
      return names;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    }
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}
