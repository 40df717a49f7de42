import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A shop's monthly statement closed by the board (issue 17): one per association, shop and month,
 * append-only like the journal (the same trigger function refuses UPDATE and DELETE).
 */
export class TreasuryClosings1796721300000 implements MigrationInterface {
  name = 'TreasuryClosings1796721300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "treasury_closings" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "month" text NOT NULL, "openingCents" bigint NOT NULL, "closingCents" bigint NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "closedByMembershipId" uuid, CONSTRAINT "PK_65181f87e278d124a580dbb228d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35a3494603b2c305f5f3b91248" ON "treasury_closings" ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "treasury_closings_once" ON "treasury_closings" ("associationId", "shopId", "month") `,
    );
    await queryRunner.query(
      `CREATE TRIGGER "treasury_closings_append_only" BEFORE UPDATE OR DELETE ON "treasury_closings" FOR EACH ROW EXECUTE FUNCTION "treasury_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "treasury_closings"`);
  }
}
