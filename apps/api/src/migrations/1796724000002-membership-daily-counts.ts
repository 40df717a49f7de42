import { MigrationInterface, QueryRunner } from 'typeorm';

/** A membership's changes to its days' counts, from a transition table (`sign` 1 for new rows, -1 for old ones). */
function changes(rows: string, sign: 1 | -1): string {
  const day = (at: string) => `(${at} AT TIME ZONE 'UTC')::date`;
  return `SELECT "associationId", ${day('"createdAt"')} AS "day", ${sign} AS j, 0 AS l, 0 AS e FROM ${rows}
          UNION ALL SELECT "associationId", ${day('"removedAt"')}, 0, ${sign}, 0 FROM ${rows} WHERE "removedAt" IS NOT NULL
          UNION ALL SELECT "associationId", ${day('greatest("createdAt", "removedAt")')}, 0, 0, ${sign} FROM ${rows} WHERE "removedAt" IS NOT NULL`;
}

function upsert(rows: string): string {
  return `INSERT INTO public."membership_daily_counts" AS r ("associationId", "day", "joined", "left", "ended")
            SELECT "associationId", "day", sum(j), sum(l), sum(e) FROM (${rows}) c GROUP BY 1, 2
            HAVING sum(j) <> 0 OR sum(l) <> 0 OR sum(e) <> 0 ORDER BY 1, 2
          ON CONFLICT ("associationId", "day") DO UPDATE
            SET "joined" = r."joined" + excluded."joined", "left" = r."left" + excluded."left", "ended" = r."ended" + excluded."ended";`;
}

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * The memberships' daily counts (issue 13 growth, ADR 0039), for the impact dashboard's member counts:
 * per association and UTC day, the memberships that began (`joined`, by createdAt), that were removed
 * (`left`, by removedAt) and that ended (`ended`, by the later of the two: a membership counts at an
 * instant when it began before it and was not removed before it, whatever order the two dates are in).
 * Kept by statement triggers on memberships (a join, a removal, a backdated or moved date, a delete)
 * and backfilled here; read by MembershipFigures, with the memberships of the days an instant falls
 * inside read through the two new (association, time) indexes.
 */
export class MembershipDailyCounts1796724000002 implements MigrationInterface {
  name = 'MembershipDailyCounts1796724000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "membership_daily_counts" ("associationId" uuid NOT NULL, "day" date NOT NULL, "joined" integer NOT NULL DEFAULT 0, "left" integer NOT NULL DEFAULT 0, "ended" integer NOT NULL DEFAULT 0, CONSTRAINT "membership_daily_counts_pk" PRIMARY KEY ("associationId", "day"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public."membership_daily_counts_of_memberships"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN ${upsert(changes('new_rows', 1))}
         ELSIF TG_OP = 'UPDATE' THEN ${upsert(`${changes('old_rows', -1)} UNION ALL ${changes('new_rows', 1)}`)}
         ELSE ${upsert(changes('old_rows', -1))}
         END IF;
         RETURN NULL;
       END $$`,
    );
    // The triggers first: their lock on memberships holds its writers until the backfill is committed.
    await queryRunner.query(
      `CREATE TRIGGER "memberships_daily_counts_insert" AFTER INSERT ON "memberships" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_daily_counts_of_memberships"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "memberships_daily_counts_update" AFTER UPDATE ON "memberships" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_daily_counts_of_memberships"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "memberships_daily_counts_delete" AFTER DELETE ON "memberships" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_daily_counts_of_memberships"()`,
    );
    await queryRunner.query(upsert(changes('"memberships"', 1)));
    await queryRunner.query(`CREATE INDEX "memberships_by_time" ON "memberships" ("associationId", "createdAt") `);
    await queryRunner.query(
      `CREATE INDEX "memberships_by_removal" ON "memberships" ("associationId", "removedAt") WHERE "removedAt" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."memberships_by_removal"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_by_time"`);
    for (const event of EVENTS)
      await queryRunner.query(`DROP TRIGGER "memberships_daily_counts_${event}" ON "memberships"`);
    await queryRunner.query(`DROP FUNCTION public."membership_daily_counts_of_memberships"()`);
    await queryRunner.query(`DROP TABLE "membership_daily_counts"`);
  }
}
