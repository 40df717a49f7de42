import type { Pool, PoolClient, QueryConfig } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/**
 * How many distinct statement texts get a name. The hot reads have a handful of shapes each; a text
 * built from something unbounded by mistake would run unnamed past this count rather than pile up
 * prepared statements on every connection.
 */
export const MAX_PREPARED_STATEMENTS = 256;

const names = new Map<string, string>();

/** The statement's name: the same text always gets the same one, for the life of the process. */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `assoc_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read on the request path as a named prepared statement (ADR 0046): each pooled connection
 * parses a text once, and PostgreSQL plans it once for all after five runs when a generic plan is as
 * good, where an unnamed statement is parsed and planned again on every run. Parsing and planning
 * were two thirds of the server time of the feed's statements (the feed page: 0.84 of 0.99 ms).
 *
 * Same answer and errors as `DataSource.query` / `EntityManager.query` (rows; a failure is TypeORM's
 * `QueryFailedError` wrapping the driver's error): in a transaction's manager it runs on that
 * transaction's connection, otherwise on any pooled one. For plain SQL whose text is fixed per shape
 * (values only in `$n` parameters); the text must select named columns, not `*`, so that a migration
 * adding a column does not change a prepared statement's result type under a running instance.
 */
export async function queryPrepared<T>(
  source: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const config: QueryConfig = { name: nameOf(text), text, values };
  try {
    const runner = source instanceof EntityManager ? source.queryRunner : undefined;
    if (runner && !runner.isReleased) {
      const client = (await runner.connect()) as PoolClient;
      return (await client.query(config)).rows as T[];
    }
    const dataSource = source instanceof EntityManager ? source.connection : source;
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    return (await pool.query(config)).rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
