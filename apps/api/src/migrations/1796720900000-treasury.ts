import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The association treasury (issue 17): a double-entry journal (entries and their lines), append-only.
 * A trigger refuses any UPDATE or DELETE of a posted entry or line: a correction is a reversal entry.
 */
export class Treasury1796720900000 implements MigrationInterface {
  name = 'Treasury1796720900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "treasury_entries" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seq" BIGSERIAL NOT NULL, "day" date NOT NULL, "label" text NOT NULL, "sourceDomain" text NOT NULL, "sourceRef" text NOT NULL, "reverses" uuid, "reason" text, "createdByMembershipId" uuid, "idempotencyKey" text NOT NULL, "requestHash" text NOT NULL, CONSTRAINT "PK_068d3a1a5dbd8fb43f58d1e88a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed3624de0be5bbdcbb3b812328" ON "treasury_entries" ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "treasury_entries_idempotency" ON "treasury_entries" ("associationId", "idempotencyKey") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "treasury_entries_reversed_once" ON "treasury_entries" ("reverses") WHERE "reverses" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "treasury_entries_journal" ON "treasury_entries" ("associationId", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "treasury_lines" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entryId" uuid NOT NULL, "account" text NOT NULL, "cents" bigint NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_6e814edc5ffbac4e63693a7272b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_340533d655d11e206be7a52f30" ON "treasury_lines" ("associationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_6cb7985c79212af0b154f4e047" ON "treasury_lines" ("entryId") `);
    await queryRunner.query(
      `CREATE INDEX "treasury_lines_account" ON "treasury_lines" ("associationId", "account", "day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "treasury_lines" ADD CONSTRAINT "FK_6cb7985c79212af0b154f4e0471" FOREIGN KEY ("entryId") REFERENCES "treasury_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "treasury_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the treasury is append-only: % on % refused', TG_OP, TG_TABLE_NAME; END $$`,
    );
    for (const table of ['treasury_entries', 'treasury_lines'])
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "treasury_append_only"()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "treasury_lines"`);
    await queryRunner.query(`DROP TABLE "treasury_entries"`);
    await queryRunner.query(`DROP FUNCTION "treasury_append_only"()`);
  }
}
