import type { DataSourceOptions, MixedList } from 'typeorm';

/** The TypeORM options every runtime shares (API, tests, migration CLI): migrations only, never synchronize. */
export function dataSourceOptions(url: string, migrations: MixedList<string | (new () => unknown)>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: migrations as DataSourceOptions['migrations'],
    migrationsTableName: 'migrations',
    extra: { max: 10 },
  };
}
