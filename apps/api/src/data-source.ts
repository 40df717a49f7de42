/**
 * The data source for the TypeORM CLI (npm run migration:generate -- <Name>). Its entities are the
 * platform's and each module's of DOMAIN_MODULES (entities.ts); the running API registers the same
 * lists through each domain module's `TypeOrmModule.forFeature`.
 */
import 'reflect-metadata';
import { dataSourceOptions } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export default new DataSource({
  ...dataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/assoc_migrations',
    MIGRATIONS,
  ),
  entities: ENTITIES,
});
