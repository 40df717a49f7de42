import type { DataSource } from 'typeorm';

type Query = (...args: unknown[]) => unknown;
interface PgClient {
  query: Query;
}
interface PgPool {
  Client: { prototype: PgClient };
}

/**
 * Counts the SQL statements the API sends on its real pg connections (the pool's client class,
 * whatever sends them: TypeORM, a query builder or raw SQL; BEGIN and COMMIT count too).
 * `measure` runs a request and answers how many statements it cost and which.
 */
export class StatementCounter {
  private readonly sql: string[] = [];
  private counting = false;
  private readonly proto: PgClient;
  private readonly original: Query;

  constructor(dataSource: DataSource) {
    const pool = (dataSource.driver as unknown as { master: PgPool }).master;
    this.proto = pool.Client.prototype;
    this.original = this.proto.query;
    const original = this.original;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    this.proto.query = function (this: PgClient, ...args: unknown[]) {
      // Statements marked `/* background… */` (the rate limits' batched flush) are no request's own.
      if (counter.counting && !textOf(args[0]).startsWith('/* background')) counter.sql.push(textOf(args[0]));
      return original.apply(this, args);
    };
  }

  async measure<T>(run: () => Promise<T>): Promise<{ statements: number; sql: string[]; result: T }> {
    this.sql.length = 0;
    this.counting = true;
    try {
      const result = await run();
      return { statements: this.sql.length, sql: [...this.sql], result };
    } finally {
      this.counting = false;
    }
  }

  restore(): void {
    this.proto.query = this.original;
  }
}

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : String(query);
}
