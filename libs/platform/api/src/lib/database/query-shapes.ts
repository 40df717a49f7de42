import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

/**
 * Raw rows of query builders whose SQL is generated once per shape: TypeORM builds a query's SQL
 * anew each time it runs (alias and metadata look-ups, escaping), which on the request path (the
 * guard's session read, once per request) costs more than running it. A shape is a name for one
 * builder structure (same joins, selects and conditions; only the parameter values differ); its SQL
 * and parameter order are kept, and later runs send them with the new values. Parameters must be
 * plain values (no `:...spread` arrays or SQL functions, which change the SQL itself: those run
 * through TypeORM as usual).
 */
export class QueryShapes {
  private readonly built = new Map<string, { sql: string; names: string[] }>();

  async rawMany<T>(shape: string, query: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    const parameters = query.getParameters();
    const values = Object.values(parameters);
    if (values.some((v) => typeof v === 'function' || Array.isArray(v))) return query.getRawMany<T>();
    let built = this.built.get(shape);
    if (!built) {
      // Each parameter standing for its own name: the driver's list then gives their order in the SQL.
      const names = Object.fromEntries(Object.keys(parameters).map((name) => [name, name]));
      const [sql, order] = query.connection.driver.escapeQueryWithParameters(query.getQuery(), names);
      built = { sql, names: order as string[] };
      this.built.set(shape, built);
    }
    const args = built.names.map((name) => parameters[name]);
    // A builder made in a transaction (a manager's) runs on its query runner, as TypeORM would.
    const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
    return runner ? runner.query(built.sql, args) : query.connection.query(built.sql, args);
  }

  async rawOne<T>(shape: string, query: SelectQueryBuilder<ObjectLiteral>): Promise<T | undefined> {
    return (await this.rawMany<T>(shape, query))[0];
  }
}
