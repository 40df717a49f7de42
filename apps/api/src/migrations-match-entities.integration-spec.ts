/**
 * The migrations and the entities describe the same schema: on a database built by running every
 * migration (a copy of the global setup's template), TypeORM finds nothing to change to match the
 * entities. When this fails, write the missing migration (npm run migration:generate -- Name, see
 * README) or fix the entity.
 */
import { createTestApp, createTestDatabase } from '@assoc/platform-testing';
import { DataSource, getMetadataArgsStorage, QueryRunner } from 'typeorm';
import { DOMAIN_MODULES } from './app.module';
import cliDataSource from './data-source';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * Differences known and accepted, each with its reason: exact queries, and each must still be
 * proposed (when one is fixed, remove it here).
 */
const KNOWN_DRIFT: { query: string; reason: string }[] = [];

const SET_DEFAULT = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT .+$/s;

async function columnDefault(queryRunner: QueryRunner, table: string, column: string): Promise<string | null> {
  const rows: { expr: string | null }[] = await queryRunner.query(
    `SELECT pg_get_expr(d.adbin, d.adrelid) AS expr FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1::regclass AND a.attname = $2`,
    [`"${table}"`, column],
  );
  return rows[0]?.expr ?? null;
}

/**
 * TypeORM reads a column default without its cast ('[]') but compares it with the entity's
 * expression as written ('[]'::jsonb), so it proposes `SET DEFAULT` for defaults that are already
 * there. Such a query is noise when PostgreSQL, running it, keeps exactly the default it had
 * (tried in a transaction rolled back); a default that really differs changes and stays reported.
 */
async function changesNothing(dataSource: DataSource, query: string): Promise<boolean> {
  const match = SET_DEFAULT.exec(query);
  if (!match) return false;
  const [, table, column] = match;
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.startTransaction();
  try {
    const before = await columnDefault(queryRunner, table, column);
    await queryRunner.query(query);
    return (await columnDefault(queryRunner, table, column)) === before;
  } finally {
    await queryRunner.rollbackTransaction();
    await queryRunner.release();
  }
}

function timestampOf(migration: { name: string }): number {
  return Number(/(\d{13})$/.exec(migration.name)?.[1]);
}

describe('migrations match the entities', () => {
  const entities = cliDataSource.options.entities as unknown[];
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({
      ...cliDataSource.options,
      url: await createTestDatabase(),
      migrations: [],
    } as typeof cliDataSource.options);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('needs no schema change after running every migration', async () => {
    const proposed = (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query.trim());
    const drift: string[] = [];
    for (const query of proposed) {
      if (KNOWN_DRIFT.some((known) => known.query === query)) continue;
      if (await changesNothing(dataSource, query)) continue;
      drift.push(query);
    }
    if (drift.length) {
      throw new Error(
        `The entities differ from the schema the migrations build. TypeORM would run:\n${drift.join(';\n')};\nGenerate a migration (npm run migration:generate -- Name) or fix the entity.`,
      );
    }
    const stale = KNOWN_DRIFT.filter((known) => !proposed.includes(known.query));
    if (stale.length)
      throw new Error(
        `No longer a difference, remove it from KNOWN_DRIFT:\n${stale.map((known) => known.query).join('\n')}`,
      );
  });

  it("uses every entity of the app (entities.ts reads each domain module's `entities` for migration:generate)", () => {
    expect(DOMAIN_MODULES.length).toBeGreaterThan(0); // the domain modules are loaded, so their entities are declared
    // By name: TypeORM's metadata storage is global, and may still hold the classes of a test file run before in this worker.
    const listed = new Set(entities.map((entity) => (entity as { name: string }).name));
    const declared = new Set(
      getMetadataArgsStorage()
        .tables.filter((table) => table.type === 'regular' && typeof table.target === 'function')
        .map((table) => (table.target as { name: string }).name),
    );
    expect(declared.size).toBeGreaterThanOrEqual(listed.size);
    const missing = [...declared].filter((name) => !listed.has(name));
    if (missing.length)
      throw new Error(
        `Entities the data source does not see: ${missing.join(', ')}. List each in its library's <domain>.entities.ts, ` +
          'give its Nest module `static readonly entities = <DOMAIN>_ENTITIES` and put the module in DOMAIN_MODULES (app.module.ts).',
      );
  });

  it("gives the CLI data source and the running API the same entities (the domain modules' lists, read in entities.ts)", async () => {
    expect(entities).toEqual(ENTITIES);
    const app = await createTestApp(DOMAIN_MODULES);
    try {
      const running = app.dataSource.entityMetadatas.map((metadata) => metadata.target);
      expect(new Set(running)).toEqual(new Set(ENTITIES));
    } finally {
      await app.close();
    }
  });

  it('lists the migrations in the order TypeORM runs them (by the timestamp ending each class name)', () => {
    const timestamps = MIGRATIONS.map(timestampOf);
    expect(timestamps.every((timestamp) => Number.isFinite(timestamp))).toBe(true);
    const outOfOrder = MIGRATIONS.filter((migration, i) => i > 0 && timestamps[i] <= timestamps[i - 1]).map(
      (migration) => migration.name,
    );
    if (outOfOrder.length)
      throw new Error(
        `TypeORM would run these before the migration listed above them; give each class a timestamp above the previous one's: ${outOfOrder.join(', ')}`,
      );
  });
});
