import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe("the API's connections", () => {
  it('run without JIT compilation, with the statement timeout, on every pooled connection', async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(url, [], { connectTimeoutMs: 5_000, statementTimeoutMs: 7_000 }),
    ).initialize();
    try {
      // Several connections at once: each one of the pool has the settings, not only the first.
      const rows = await Promise.all(
        Array.from({ length: 3 }, () =>
          dataSource.query<{ jit: string; timeout: string; pid: number }[]>(
            `SELECT current_setting('jit') AS jit, current_setting('statement_timeout') AS timeout, pg_backend_pid() AS pid, pg_sleep(0.05)`,
          ),
        ),
      );
      expect(new Set(rows.map(([row]) => row.pid)).size).toBe(3);
      expect(rows.map(([row]) => [row.jit, row.timeout])).toEqual([
        ['off', '7s'],
        ['off', '7s'],
        ['off', '7s'],
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
