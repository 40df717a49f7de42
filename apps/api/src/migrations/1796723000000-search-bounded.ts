import { MigrationInterface, QueryRunner } from 'typeorm';

const GIN_INDEXES = ['posts_search', 'comments_search', 'network_member_search_vector'];

/** The members' document and vector, as migration SearchVectors wrote them, with or without the title. */
function refreshFunction(withTitle: boolean): string {
  return `CREATE OR REPLACE FUNCTION public.network_member_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
     DELETE FROM public.network_member_search WHERE "membershipId" = ANY(ids);
     INSERT INTO public.network_member_search ("membershipId", "associationId", ${withTitle ? '"title", ' : ''}"document", "vector")
     SELECT m."id", m."associationId", ${withTitle ? 'coalesce(s."name", u."name"), ' : ''}d.doc, to_tsvector('public.french_unaccent'::regconfig, d.doc)
       FROM public.memberships m
       JOIN public.users u ON u."id" = m."userId"
       LEFT JOIN public.shops s ON s."membershipId" = m."id"
       CROSS JOIN LATERAL (SELECT public.network_search_text(concat_ws(' — ', s."name", u."name", s."town", s."description")) AS doc) d
      WHERE m."id" = ANY(ids) AND m."removedAt" IS NULL;
   $$`;
}

/**
 * The French search ranks a bounded candidate set per part (ADR 0038, issue 13 growth):
 * - the members part keeps each member's `title` (shop name, else the person's name, as the search
 *   shows it) next to the document, kept by the same triggers, and an index by association and title,
 *   so the first candidates in alphabetical order are read from the index;
 * - the three GIN indexes are written directly (`fastupdate = off`) instead of through a pending list:
 *   with the pending list (up to 4 MB, flushed only by VACUUM), every search read the whole list
 *   (8,000 comments at 1,000x were all in it: 1.6 ms for the index alone instead of 0.1 ms). A post
 *   or a comment costs a little more to write; the list left is flushed here.
 */
export class SearchBounded1796723000000 implements MigrationInterface {
  name = 'SearchBounded1796723000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_member_search" ADD "title" text`);
    await queryRunner.query(refreshFunction(true));
    await queryRunner.query(
      `SELECT public.network_member_search_refresh(ARRAY(SELECT "id" FROM "memberships" WHERE "removedAt" IS NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "network_member_search" ALTER COLUMN "title" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "network_member_search_by_title" ON "network_member_search" ("associationId", "title", "membershipId")`,
    );
    for (const index of GIN_INDEXES) {
      await queryRunner.query(`ALTER INDEX "public"."${index}" SET (fastupdate = off)`);
      await queryRunner.query(`SELECT gin_clean_pending_list('public."${index}"'::regclass)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of GIN_INDEXES) await queryRunner.query(`ALTER INDEX "public"."${index}" RESET (fastupdate)`);
    await queryRunner.query(`DROP INDEX "public"."network_member_search_by_title"`);
    await queryRunner.query(refreshFunction(false));
    await queryRunner.query(`ALTER TABLE "network_member_search" DROP COLUMN "title"`);
  }
}
