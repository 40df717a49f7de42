import { MigrationInterface, QueryRunner } from 'typeorm';

/** The records counted, each in its column of the roll-up (`counted`: which rows count, null for all). */
const SOURCES: { table: string; column: string; counted: string | null }[] = [
  { table: 'posts', column: 'posts', counted: '"deletedAt" IS NULL' },
  { table: 'comments', column: 'comments', counted: '"deletedAt" IS NULL' },
  { table: 'post_reactions', column: 'reactions', counted: null },
];

/** The statement trigger's function keeping `network_daily_counts`'s column for one table, from its transition tables. */
function keeper(source: (typeof SOURCES)[number]): string {
  const counted = (rows: string) =>
    `SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", ${rows === 'old_rows' ? -1 : 1} AS n FROM ${rows}${source.counted ? ` WHERE ${source.counted}` : ''}`;
  const upsert = (changes: string) =>
    `INSERT INTO public."network_daily_counts" AS r ("associationId", "day", "${source.column}")
       SELECT "associationId", "day", sum(n) FROM (${changes}) e GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
     ON CONFLICT ("associationId", "day") DO UPDATE SET "${source.column}" = r."${source.column}" + excluded."${source.column}";`;
  return `CREATE FUNCTION public."network_daily_counts_of_${source.table}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${upsert(counted('new_rows'))}
      ELSIF TG_OP = 'UPDATE' THEN ${upsert(`${counted('old_rows')} UNION ALL ${counted('new_rows')}`)}
      ELSE ${upsert(counted('old_rows'))}
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * The network's daily counts (issue 13 growth, ADR 0039): posts and comments not deleted, and reactions,
 * per association and UTC day of their creation, kept by statement triggers on the three tables (an
 * insert, a delete, a soft delete or restore, a backdated record: each moves its day's count) and
 * backfilled here. Read by NetworkFigures for the impact dashboard instead of counting every record of
 * the period; keyed by the UTC day, so no time zone is needed to write it (see dayRollupSpan).
 */
export class NetworkDailyCounts1796724000000 implements MigrationInterface {
  name = 'NetworkDailyCounts1796724000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network_daily_counts" ("associationId" uuid NOT NULL, "day" date NOT NULL, "posts" integer NOT NULL DEFAULT 0, "comments" integer NOT NULL DEFAULT 0, "reactions" integer NOT NULL DEFAULT 0, CONSTRAINT "network_daily_counts_pk" PRIMARY KEY ("associationId", "day"))`,
    );
    // The triggers first: their lock on each table holds its writers until the backfill is committed.
    for (const source of SOURCES) {
      await queryRunner.query(keeper(source));
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_network_daily_counts_insert" AFTER INSERT ON "${source.table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."network_daily_counts_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_network_daily_counts_update" AFTER UPDATE ON "${source.table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."network_daily_counts_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_network_daily_counts_delete" AFTER DELETE ON "${source.table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."network_daily_counts_of_${source.table}"()`,
      );
    }
    await queryRunner.query(
      `INSERT INTO "network_daily_counts" ("associationId", "day", "posts", "comments", "reactions")
       SELECT "associationId", "day", sum("posts"), sum("comments"), sum("reactions") FROM (SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", 1 AS "posts", 0 AS "comments", 0 AS "reactions" FROM "posts" WHERE "deletedAt" IS NULL UNION ALL SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", 0 AS "posts", 1 AS "comments", 0 AS "reactions" FROM "comments" WHERE "deletedAt" IS NULL UNION ALL SELECT "associationId", ("createdAt" AT TIME ZONE 'UTC')::date AS "day", 0 AS "posts", 0 AS "comments", 1 AS "reactions" FROM "post_reactions") e GROUP BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const source of SOURCES) {
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER "${source.table}_network_daily_counts_${event}" ON "${source.table}"`);
      await queryRunner.query(`DROP FUNCTION public."network_daily_counts_of_${source.table}"()`);
    }
    await queryRunner.query(`DROP TABLE "network_daily_counts"`);
  }
}
