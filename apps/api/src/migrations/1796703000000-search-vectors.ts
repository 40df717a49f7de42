import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The French search reads stored vectors instead of rebuilding them (issue 13, growth):
 * - posts and comments get a `searchVector` column (network_search_vector of the text), set by a
 *   BEFORE INSERT/UPDATE trigger; the GIN indexes posts_search and comments_search are rebuilt on it,
 *   so ts_rank reads the stored vector;
 * - the members part gets `network_member_search`: one row per active membership with its document
 *   (shop name, person, town, description, as the search shows it) and its vector, GIN-indexed, kept
 *   current by triggers on memberships, users and shops (a removed membership has no row).
 */
export class SearchVectors1796703000000 implements MigrationInterface {
  name = 'SearchVectors1796703000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['posts', 'comments']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "searchVector" tsvector`);
      await queryRunner.query(
        `CREATE FUNCTION public.network_${table}_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN NEW."searchVector" := public.network_search_vector(NEW."text"); RETURN NEW; END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_search_vector" BEFORE INSERT OR UPDATE OF "text" ON "${table}" FOR EACH ROW EXECUTE FUNCTION public.network_${table}_search_vector()`,
      );
      await queryRunner.query(`UPDATE "${table}" SET "searchVector" = public.network_search_vector("text")`);
      await queryRunner.query(`DROP INDEX "public"."${table}_search"`);
      await queryRunner.query(
        `CREATE INDEX "${table}_search" ON "${table}" USING gin ("searchVector") WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "network_member_search" (
         "membershipId" uuid NOT NULL PRIMARY KEY REFERENCES "memberships"("id") ON DELETE CASCADE,
         "associationId" uuid NOT NULL,
         "document" text NOT NULL,
         "vector" tsvector NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "network_member_search_vector" ON "network_member_search" USING gin ("vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "network_member_search_association" ON "network_member_search" ("associationId")`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "network_member_search" IS 'The French search''s members part: one row per active membership (shop name, person, town, description), kept by triggers on memberships, users and shops.'`,
    );
    // Recomputes the rows of these memberships from the records (none for a removed one).
    await queryRunner.query(
      `CREATE FUNCTION public.network_member_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
         DELETE FROM public.network_member_search WHERE "membershipId" = ANY(ids);
         INSERT INTO public.network_member_search ("membershipId", "associationId", "document", "vector")
         SELECT m."id", m."associationId", d.doc, to_tsvector('public.french_unaccent'::regconfig, d.doc)
           FROM public.memberships m
           JOIN public.users u ON u."id" = m."userId"
           LEFT JOIN public.shops s ON s."membershipId" = m."id"
           CROSS JOIN LATERAL (SELECT public.network_search_text(concat_ws(' — ', s."name", u."name", s."town", s."description")) AS doc) d
          WHERE m."id" = ANY(ids) AND m."removedAt" IS NULL;
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.network_member_search_of_membership() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM public.network_member_search_refresh(ARRAY[NEW."id"]); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "memberships_member_search" AFTER INSERT OR UPDATE OF "removedAt", "userId" ON "memberships" FOR EACH ROW EXECUTE FUNCTION public.network_member_search_of_membership()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.network_member_search_of_shop() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN PERFORM public.network_member_search_refresh(ARRAY[OLD."membershipId"]); END IF;
         IF TG_OP <> 'DELETE' THEN PERFORM public.network_member_search_refresh(ARRAY[NEW."membershipId"]); END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "shops_member_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "town", "description", "membershipId" ON "shops" FOR EACH ROW EXECUTE FUNCTION public.network_member_search_of_shop()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.network_member_search_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM public.network_member_search_refresh(ARRAY(SELECT "id" FROM public.memberships WHERE "userId" = NEW."id" AND "removedAt" IS NULL));
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "users_member_search" AFTER UPDATE OF "name" ON "users" FOR EACH ROW EXECUTE FUNCTION public.network_member_search_of_user()`,
    );
    await queryRunner.query(
      `SELECT public.network_member_search_refresh(ARRAY(SELECT "id" FROM "memberships" WHERE "removedAt" IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_member_search" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "shops_member_search" ON "shops"`);
    await queryRunner.query(`DROP TRIGGER "memberships_member_search" ON "memberships"`);
    await queryRunner.query(`DROP FUNCTION public.network_member_search_of_user()`);
    await queryRunner.query(`DROP FUNCTION public.network_member_search_of_shop()`);
    await queryRunner.query(`DROP FUNCTION public.network_member_search_of_membership()`);
    await queryRunner.query(`DROP FUNCTION public.network_member_search_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "network_member_search"`);
    for (const table of ['comments', 'posts']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_search"`);
      await queryRunner.query(
        `CREATE INDEX "${table}_search" ON "${table}" USING gin (public.network_search_vector("text")) WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL`,
      );
      await queryRunner.query(`DROP TRIGGER "${table}_search_vector" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION public.network_${table}_search_vector()`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "searchVector"`);
    }
  }
}
