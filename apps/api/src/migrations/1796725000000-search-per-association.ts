import { MigrationInterface, QueryRunner } from 'typeorm';

/** The three full-text indexes of the French search: table, vector column, partial condition. */
const INDEXES: [index: string, table: string, vector: string, where: string][] = [
  ['posts_search', 'posts', 'searchVector', ` WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL`],
  ['comments_search', 'comments', 'searchVector', ` WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL`],
  ['network_member_search_vector', 'network_member_search', 'vector', ''],
];

/**
 * The French search's GIN indexes are keyed by association as well as by word (ADR 0041, issue 13
 * growth): `(associationId, vector)` through btree_gin, so a search reads only its own association's
 * matches, however many other associations use the same words (before, the index returned every
 * association's matches and the `associationId` filter dropped the others' rows after reading them).
 * Still written without a pending list (fastupdate off, migration SearchBounded).
 */
export class SearchPerAssociation1796725000000 implements MigrationInterface {
  name = 'SearchPerAssociation1796725000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "btree_gin"`);
    for (const [index, table, vector, where] of INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin ("associationId", "${vector}") WITH (fastupdate = off)${where}`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index, table, vector, where] of INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin ("${vector}") WITH (fastupdate = off)${where}`,
      );
    }
    await queryRunner.query(`DROP EXTENSION IF EXISTS "btree_gin"`);
  }
}
