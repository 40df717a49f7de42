import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The records that make a member active (the impact dashboard's active members, ADR 0039), each domain's
 * own: the table, the membership column and, when the record can be set aside, the condition for it to count.
 */
const SOURCES: { table: string; member: string; counted?: string }[] = [
  { table: 'posts', member: 'authorMembershipId', counted: '"deletedAt" IS NULL' },
  { table: 'comments', member: 'authorMembershipId', counted: '"deletedAt" IS NULL' },
  { table: 'post_reactions', member: 'membershipId' },
  { table: 'projects', member: 'authorMembershipId' },
  { table: 'project_votes', member: 'membershipId' },
  { table: 'project_participants', member: 'membershipId' },
  { table: 'campaigns', member: 'createdByMembershipId' },
  { table: 'campaign_offers', member: 'ownerMembershipId' },
  { table: 'campaign_redemptions', member: 'membershipId' },
  { table: 'cashmobs', member: 'organiserMembershipId' },
  { table: 'cashmob_supports', member: 'membershipId' },
];

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * A record's changes to its member's year, from a transition table (`sign` 1 for new rows, -1 for old
 * ones): the association, the member, the UTC year and the slot of its UTC day (membership_activity_slot).
 */
function changes(source: (typeof SOURCES)[number], rows: string, sign: 1 | -1): string {
  return `SELECT "associationId" AS a, "${source.member}" AS m, extract(year FROM "createdAt" AT TIME ZONE 'UTC')::smallint AS y,
                 public.membership_activity_slot("createdAt") AS s, ${sign} AS n
            FROM ${rows} WHERE "${source.member}" IS NOT NULL${source.counted ? ` AND ${source.counted}` : ''}`;
}

/** Adds the changes to their members' years, in key order (concurrent writers of one member wait on its row). */
function upsert(rows: string): string {
  return `INSERT INTO public."membership_activity_years" AS r ("associationId", "membershipId", "year", "counts")
            SELECT a, m, y, public.membership_activity_counts(array_agg(s), array_agg(n)) FROM (
              SELECT a, m, y, s, sum(n)::int AS n FROM (${rows}) c GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
            ) d GROUP BY 1, 2, 3 ORDER BY 1, 3, 2
          ON CONFLICT ("associationId", "year", "membershipId") DO UPDATE
            SET "counts" = public.membership_activity_add(r."counts", excluded."counts");`;
}

function keeper(source: (typeof SOURCES)[number]): string {
  return `CREATE FUNCTION public."membership_activity_years_of_${source.table}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${upsert(changes(source, 'new_rows', 1))}
      ELSIF TG_OP = 'UPDATE' THEN ${upsert(`${changes(source, 'old_rows', -1)} UNION ALL ${changes(source, 'new_rows', 1)}`)}
      ELSE ${upsert(changes(source, 'old_rows', -1))}
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * Each member's activity per UTC year (issue 13 growth, ADR 0044), for the impact dashboard's distinct
 * active members over month buckets (a year): one row per association, member and UTC year, whoever's
 * records made them active (posts, comments, reactions, projects, votes, participations, campaigns,
 * offers, redemptions, cashmobs and supports: the events the dashboard counted from the records). `counts`
 * holds the member's counted records in 36 slots, three per UTC month (slot = part * 12 + month - 1):
 * part 0 the month's days but its first and last, part 1 its first day, part 2 its last day. Those are the
 * only days a bucket cut at a local midnight can fall inside, so a month bucket of any time zone is a
 * month's middle plus, whole, either its first or its last day; the days cut are read from the records.
 * `months` has bit `slot` set when that slot's count is above zero: the one column a read needs.
 * Kept by statement triggers on the eleven tables (an insert, a delete, a post set aside or restored, a
 * backdated date, a record moved to another member each move their counts), backfilled here. The
 * membership's domain owns it (a member's activity); each domain's table feeds it through these triggers.
 */
export class MembershipActivityYears1796725200000 implements MigrationInterface {
  name = 'MembershipActivityYears1796725200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION public.membership_activity_slot(at timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT CASE WHEN extract(day FROM d) = 1 THEN 12 WHEN extract(day FROM d + 1) = 1 THEN 24 ELSE 0 END + extract(month FROM d)::int - 1
           FROM (SELECT (at AT TIME ZONE 'UTC')::date AS d) x $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.membership_activity_counts(slots integer[], ns integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT array_agg(coalesce((SELECT sum(n) FROM unnest(slots, ns) AS c(s, n) WHERE c.s = g), 0)::int ORDER BY g) FROM generate_series(0, 35) g $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.membership_activity_add(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.membership_activity_months(counts integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT coalesce(bit_or(1::bigint << (i - 1)::int), 0) FROM unnest(counts) WITH ORDINALITY AS t(n, i) WHERE n > 0 $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership_activity_years" ("associationId" uuid NOT NULL, "membershipId" uuid NOT NULL, "year" smallint NOT NULL,
         "counts" integer[] NOT NULL, "months" bigint GENERATED ALWAYS AS (public.membership_activity_months("counts")) STORED,
         CONSTRAINT "membership_activity_years_pk" PRIMARY KEY ("associationId", "year", "membershipId"))`,
    );
    // The triggers first: their lock on each table holds its writers until the backfill is committed.
    for (const source of SOURCES) {
      await queryRunner.query(keeper(source));
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_membership_activity_insert" AFTER INSERT ON "${source.table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_activity_years_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_membership_activity_update" AFTER UPDATE ON "${source.table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_activity_years_of_${source.table}"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${source.table}_membership_activity_delete" AFTER DELETE ON "${source.table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."membership_activity_years_of_${source.table}"()`,
      );
    }
    await queryRunner.query(
      upsert(SOURCES.map((source) => changes(source, `"${source.table}"`, 1)).join(' UNION ALL ')),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const source of SOURCES) {
      for (const event of EVENTS)
        await queryRunner.query(`DROP TRIGGER "${source.table}_membership_activity_${event}" ON "${source.table}"`);
      await queryRunner.query(`DROP FUNCTION public."membership_activity_years_of_${source.table}"()`);
    }
    await queryRunner.query(`DROP TABLE "membership_activity_years"`);
    await queryRunner.query(`DROP FUNCTION public.membership_activity_months(integer[])`);
    await queryRunner.query(`DROP FUNCTION public.membership_activity_add(integer[], integer[])`);
    await queryRunner.query(`DROP FUNCTION public.membership_activity_counts(integer[], integer[])`);
    await queryRunner.query(`DROP FUNCTION public.membership_activity_slot(timestamptz)`);
  }
}
