import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer';

/**
 * Raw rows and entities of query builders whose SQL is generated once per shape: TypeORM builds a
 * query's SQL anew each time it runs (alias and metadata look-ups, escaping), which on the request
 * path (the guard's session read, the feed's authors) costs more than running it. A shape is a name
 * for one builder structure (same joins, selects and conditions; only the parameter values differ);
 * its SQL and parameter order are kept, and later runs send them with the new values. Parameters
 * that change the SQL itself (`:...spread` lists, SQL functions) make the shape run through TypeORM
 * as usual; a list bound whole (`= ANY(:ids)`) is a plain value.
 */
export class QueryShapes {
  private readonly built = new Map<string, { sql: string; names: string[] } | 'typeorm'>();

  async rawMany<T>(shape: string, query: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    const parameters = query.getParameters();
    const built = this.build(shape, query, parameters);
    if (built === 'typeorm') return query.getRawMany<T>();
    const args = built.names.map((name) => parameters[name]);
    const runner = runnerOf(query);
    return runner ? runner.query(built.sql, args) : query.connection.query(built.sql, args);
  }

  async rawOne<T>(shape: string, query: SelectQueryBuilder<ObjectLiteral>): Promise<T | undefined> {
    return (await this.rawMany<T>(shape, query))[0];
  }

  /**
   * The builder's entities with their joined relations, hydrated by TypeORM from the kept SQL's rows.
   * Builders with skip/take (two queries) or relation ids run through TypeORM; entity
   * listeners (`@AfterLoad`) are not called.
   */
  async getMany<T extends ObjectLiteral>(shape: string, query: SelectQueryBuilder<T>): Promise<T[]> {
    return (await this.getRawAndEntities(shape, query)).entities;
  }

  /** `getMany`'s entities with the rows they were read from (their extra selected columns), as TypeORM's `getRawAndEntities`. */
  async getRawAndEntities<T extends ObjectLiteral, R = ObjectLiteral>(
    shape: string,
    query: SelectQueryBuilder<T>,
  ): Promise<{ entities: T[]; raw: R[] }> {
    const map = query.expressionMap;
    if (map.skip || map.take || map.relationIdAttributes.length || !map.mainAlias)
      return query.getRawAndEntities() as Promise<{ entities: T[]; raw: R[] }>;
    const raw = await this.rawMany<R & ObjectLiteral>(shape, query);
    if (!raw.length) return { entities: [], raw };
    const entities = new RawSqlResultsToEntityTransformer(map, query.connection.driver, [], runnerOf(query)).transform(
      raw,
      map.mainAlias,
    ) as T[];
    return { entities, raw };
  }

  private build(shape: string, query: SelectQueryBuilder<ObjectLiteral>, parameters: ObjectLiteral) {
    let built = this.built.get(shape);
    if (!built) {
      const sql = query.getQuery();
      const changesSql = Object.entries(parameters).some(
        ([name, value]) => typeof value === 'function' || sql.includes(`:...${name}`),
      );
      if (changesSql) built = 'typeorm';
      else {
        // Each parameter standing for its own name: the driver's list then gives their order in the SQL.
        const names = Object.fromEntries(Object.keys(parameters).map((name) => [name, name]));
        const [escaped, order] = query.connection.driver.escapeQueryWithParameters(sql, names);
        built = { sql: escaped, names: order as string[] };
      }
      this.built.set(shape, built);
    }
    return built;
  }
}

/** A builder made in a transaction (a manager's) runs on its query runner, as TypeORM would. */
function runnerOf(query: SelectQueryBuilder<ObjectLiteral>): QueryRunner | undefined {
  return (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
}
