import { MigrationInterface, QueryRunner } from 'typeorm';

/** The changes of a statement on `membership_activity_years` to its sets, from a transition table (`sign` 1 for new rows, -1 for old ones). */
function changes(rows: 'old_rows' | 'new_rows', sign: 1 | -1): string {
  return `SELECT "associationId" AS a, "year" AS y, "months" AS s, ${sign} AS n FROM ${rows}`;
}

/** Adds the changes to their sets, in key order (concurrent writers of one set wait on its row); a member whose months did not change cancels out. */
function upsert(rows: string): string {
  return `INSERT INTO public."membership_activity_sets" AS r ("associationId", "year", "months", "members")
            SELECT a, y, s, sum(n)::int FROM (${rows}) c GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT ("associationId", "year", "months") DO UPDATE SET "members" = r."members" + excluded."members";`;
}

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * How many members of an association share each set of active months in a UTC year (issue 13 growth,
 * ADR 0049): one row per association, UTC year and value of `membership_activity_years.months` (the
 * 36 slots' bits), with the number of members whose year has exactly those bits. The impact
 * dashboard's distinct active members per month of a year are then sums over these few hundred sets,
 * corrected for the members with records on the days a bucket cuts (read from the records), instead of
 * a pass over every member's year. Kept by statement triggers on `membership_activity_years` (a
 * member's months change only on their first record of a slot, or the last one gone), backfilled here.
 * Sets whose count falls to zero stay, with `members` 0 (every read adds them up, so they count for
 * nothing). The membership's domain owns it, as it owns the members' years.
 */
export class MembershipActivitySets1796725400000 implements MigrationInterface {
  name = 'MembershipActivitySets1796725400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "membership_activity_sets" ("associationId" uuid NOT NULL, "year" smallint NOT NULL, "months" bigint NOT NULL,
         "members" integer NOT NULL, CONSTRAINT "membership_activity_sets_pk" PRIMARY KEY ("associationId", "year", "months"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.membership_activity_sets_keep() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN ${upsert(changes('new_rows', 1))}
          ELSIF TG_OP = 'UPDATE' THEN ${upsert(`${changes('old_rows', -1)} UNION ALL ${changes('new_rows', 1)}`)}
          ELSE ${upsert(changes('old_rows', -1))}
          END IF;
          RETURN NULL;
        END $$`,
    );
    // The triggers first: their lock on the members' years holds their writers until the backfill is committed.
    await queryRunner.query(
      `CREATE TRIGGER "membership_activity_sets_insert" AFTER INSERT ON "membership_activity_years" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.membership_activity_sets_keep()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "membership_activity_sets_update" AFTER UPDATE ON "membership_activity_years" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.membership_activity_sets_keep()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "membership_activity_sets_delete" AFTER DELETE ON "membership_activity_years" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.membership_activity_sets_keep()`,
    );
    await queryRunner.query(
      `INSERT INTO "membership_activity_sets" ("associationId", "year", "months", "members")
       SELECT "associationId", "year", "months", count(*)::int FROM "membership_activity_years" GROUP BY 1, 2, 3`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of EVENTS)
      await queryRunner.query(`DROP TRIGGER "membership_activity_sets_${event}" ON "membership_activity_years"`);
    await queryRunner.query(`DROP FUNCTION public.membership_activity_sets_keep()`);
    await queryRunner.query(`DROP TABLE "membership_activity_sets"`);
  }
}
