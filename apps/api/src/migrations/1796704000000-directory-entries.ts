import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member directory reads only its page, through indexes (issue 13, growth):
 * - `directory_fold(text)`: lower(unaccent(text)) declared IMMUTABLE (unaccent itself is only STABLE,
 *   its dictionary being a setting), so folded text can be stored and indexed;
 * - `directory_entries`: one row per active membership with its sort key (the shop's name, else the
 *   person's, folded), its search text (person, shop, town, description, folded) and its shop's trade,
 *   kept current by statement-level triggers on memberships, users and shops (a bulk insert refreshes
 *   its rows in one call; a removed membership has no row);
 * - a btree on (associationId, sortKey, membershipId) serves ORDER BY … LIMIT and the keyset cursor,
 *   one on (associationId, trade, sortKey, membershipId) the trade filter, and a trigram GIN index
 *   the accent- and case-blind substring search (pg_trgm).
 */
export class DirectoryEntries1796704000000 implements MigrationInterface {
  name = 'DirectoryEntries1796704000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
    await queryRunner.query(
      `CREATE FUNCTION public.directory_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "directory_entries" (
         "membershipId" uuid NOT NULL PRIMARY KEY REFERENCES "memberships"("id") ON DELETE CASCADE,
         "associationId" uuid NOT NULL,
         "sortKey" text NOT NULL,
         "search" text NOT NULL,
         "trade" "trade_category")`,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_entries_sort" ON "directory_entries" ("associationId", "sortKey", "membershipId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_entries_trade" ON "directory_entries" ("associationId", "trade", "sortKey", "membershipId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_entries_search" ON "directory_entries" USING gin ("search" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "directory_entries" IS 'The member directory''s sort key, search text and trade: one row per active membership, kept by triggers on memberships, users and shops.'`,
    );
    // Recomputes the rows of these memberships from the records (none for a removed one); an upsert, so two
    // transactions refreshing the same member do not collide on its key.
    await queryRunner.query(
      `CREATE FUNCTION public.directory_entries_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
         DELETE FROM public.directory_entries e
          WHERE e."membershipId" = ANY(ids)
            AND NOT EXISTS (SELECT 1 FROM public.memberships m WHERE m."id" = e."membershipId" AND m."removedAt" IS NULL);
         INSERT INTO public.directory_entries ("membershipId", "associationId", "sortKey", "search", "trade")
         SELECT m."id", m."associationId", public.directory_fold(coalesce(s."name", u."name")),
                public.directory_fold(concat_ws(E'\\n', u."name", s."name", s."town", s."description")), s."trade"
           FROM public.memberships m
           JOIN public.users u ON u."id" = m."userId"
           LEFT JOIN public.shops s ON s."membershipId" = m."id" AND s."associationId" = m."associationId"
          WHERE m."id" = ANY(ids) AND m."removedAt" IS NULL
         ON CONFLICT ("membershipId") DO UPDATE SET "associationId" = EXCLUDED."associationId",
           "sortKey" = EXCLUDED."sortKey", "search" = EXCLUDED."search", "trade" = EXCLUDED."trade";
       $$`,
    );
    // Statement-level triggers with transition tables: a bulk insert or update refreshes its rows in one
    // call (a row trigger would run the refresh once per row). Only changes that move an entry count.
    await queryRunner.query(
      `CREATE FUNCTION public.directory_entries_of_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           PERFORM public.directory_entries_refresh(ARRAY(SELECT "id" FROM new_rows));
         ELSE
           PERFORM public.directory_entries_refresh(ARRAY(
             SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
              WHERE (n."removedAt", n."userId", n."associationId") IS DISTINCT FROM (o."removedAt", o."userId", o."associationId")));
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "memberships_directory_entries_insert" AFTER INSERT ON "memberships" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_memberships()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "memberships_directory_entries_update" AFTER UPDATE ON "memberships" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_memberships()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.directory_entries_of_shops() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           PERFORM public.directory_entries_refresh(ARRAY(SELECT "membershipId" FROM new_rows));
         ELSIF TG_OP = 'DELETE' THEN
           PERFORM public.directory_entries_refresh(ARRAY(SELECT "membershipId" FROM old_rows));
         ELSE
           PERFORM public.directory_entries_refresh(ARRAY(
             SELECT unnest(ARRAY[n."membershipId", o."membershipId"]) FROM new_rows n JOIN old_rows o ON o."id" = n."id"
              WHERE (n."name", n."town", n."description", n."trade", n."membershipId", n."associationId")
                    IS DISTINCT FROM (o."name", o."town", o."description", o."trade", o."membershipId", o."associationId")));
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "shops_directory_entries_insert" AFTER INSERT ON "shops" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_shops()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "shops_directory_entries_update" AFTER UPDATE ON "shops" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_shops()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "shops_directory_entries_delete" AFTER DELETE ON "shops" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_shops()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.directory_entries_of_users() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM public.directory_entries_refresh(ARRAY(
           SELECT m."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
             JOIN public.memberships m ON m."userId" = n."id" AND m."removedAt" IS NULL
            WHERE n."name" IS DISTINCT FROM o."name"));
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "users_directory_entries" AFTER UPDATE ON "users" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.directory_entries_of_users()`,
    );
    await queryRunner.query(
      `SELECT public.directory_entries_refresh(ARRAY(SELECT "id" FROM "memberships" WHERE "removedAt" IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_directory_entries" ON "users"`);
    for (const event of ['insert', 'update', 'delete'])
      await queryRunner.query(`DROP TRIGGER IF EXISTS "shops_directory_entries_${event}" ON "shops"`);
    for (const event of ['insert', 'update'])
      await queryRunner.query(`DROP TRIGGER "memberships_directory_entries_${event}" ON "memberships"`);
    await queryRunner.query(`DROP FUNCTION public.directory_entries_of_users()`);
    await queryRunner.query(`DROP FUNCTION public.directory_entries_of_shops()`);
    await queryRunner.query(`DROP FUNCTION public.directory_entries_of_memberships()`);
    await queryRunner.query(`DROP FUNCTION public.directory_entries_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "directory_entries"`);
    await queryRunner.query(`DROP FUNCTION public.directory_fold(text)`);
  }
}
