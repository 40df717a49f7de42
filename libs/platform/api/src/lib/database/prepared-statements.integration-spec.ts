import { DataSource, QueryFailedError } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { queryPrepared } from './prepared-statements';

const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Prepared = { statement: string; generic_plans: number; custom_plans: number };

describe('reads run as named prepared statements (queryPrepared)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({ ...dataSourceOptions(url, []), extra: { max: 1 } }).initialize();
  });
  afterAll(() => dataSource.destroy());

  /** The prepared statements of the pool's one connection, read on that connection. */
  const prepared = () =>
    dataSource.query<Prepared[]>(
      `SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE NOT from_sql`,
    );

  it('answers as DataSource.query does, parsed once per connection and planned once for all after a few runs', async () => {
    const text = `SELECT n, n * $1::int AS times FROM generate_series(1, 3) n WHERE n >= $2 ORDER BY n`;
    for (let i = 0; i < 8; i++) {
      expect(await queryPrepared(dataSource, text, [10, 2])).toEqual(await dataSource.query(text, [10, 2]));
    }
    const mine = (await prepared()).filter((row) => row.statement === text);
    expect(mine).toHaveLength(1);
    // PostgreSQL plans the first five runs for their values, then keeps a generic plan when it is as good.
    expect(mine[0].custom_plans).toBe(5);
    expect(mine[0].generic_plans).toBe(3);
  });

  it("runs in a transaction's manager on that transaction's connection", async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query(`CREATE TEMPORARY TABLE prepared_spec (id int) ON COMMIT DROP`);
      await manager.query(`INSERT INTO prepared_spec VALUES (1), (2)`);
      const rows = await queryPrepared<{ n: number }>(manager, `SELECT count(*)::int AS n FROM prepared_spec`, []);
      expect(rows).toEqual([{ n: 2 }]);
    });
  });

  it("fails with TypeORM's QueryFailedError carrying the SQLSTATE, and the statement still works afterwards", async () => {
    const text = `SELECT $1::uuid AS id`;
    const failure = await queryPrepared(dataSource, text, ['not-a-uuid']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    const id = '2f1d6c52-8a7e-4c8e-9a35-0d4f7c1b9e10';
    expect(await queryPrepared(dataSource, text, [id])).toEqual([{ id }]);
  });

  it('a text PostgreSQL cannot parse fails the same way every time (never "prepared statement does not exist")', async () => {
    const text = `SELEC $1::int AS broken`;
    for (let i = 0; i < 2; i++) {
      const failure = await queryPrepared(dataSource, text, [1]).catch((error: unknown) => error);
      expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('42601');
    }
    expect(await queryPrepared(dataSource, `SELECT $1::int AS fine`, [1])).toEqual([{ fine: 1 }]);
  });
});
