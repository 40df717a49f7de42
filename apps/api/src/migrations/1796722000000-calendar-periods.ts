import { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar's sources, each indexed by association and the period it takes. */
const PERIOD_INDEXES = [
  ['campaigns_by_period', 'campaigns'],
  ['cashmobs_by_period', 'cashmobs'],
  ['meetings_by_period', 'meetings'],
] as const;

/**
 * The calendar reads what overlaps a month (issue 13, growth): `"startsAt" < to AND "endsAt" > from`
 * on an index by ("associationId", "startsAt") walks every earlier campaign, cashmob and meeting of
 * the association (its whole history: 1,000 campaigns and 2,000 cashmobs and meetings at 1,000x the
 * demo). A GiST index on the association and `tstzrange("startsAt", "endsAt")` finds the periods that
 * overlap the month (`&&`) without reading the others (btree_gist for the uuid's equality).
 */
export class CalendarPeriods1796722000000 implements MigrationInterface {
  name = 'CalendarPeriods1796722000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "btree_gist"`);
    for (const [index, table] of PERIOD_INDEXES)
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gist ("associationId", tstzrange("startsAt", "endsAt"))`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index] of PERIOD_INDEXES) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "btree_gist"`);
  }
}
