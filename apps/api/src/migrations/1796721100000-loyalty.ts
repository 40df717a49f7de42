import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The town loyalty card (issue 17, ADR 0034): the board's rule, rewards, the shops taking the card,
 * co-created products' sale shares, and the points movements. Movements are append-only: a trigger
 * refuses DELETE, and any UPDATE but the erasure of the customer (customerId to null, erasedAt set).
 */
export class Loyalty1796721100000 implements MigrationInterface {
  name = 'Loyalty1796721100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "loyalty_settings" ("associationId" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "pointsPerEuro" integer NOT NULL, "campaignBonusPercent" integer NOT NULL, "dailyCapPoints" integer NOT NULL, "maxPurchaseCents" integer NOT NULL, "updatedByMembershipId" uuid, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab218ab47a8f1cb1a1445e99054" PRIMARY KEY ("associationId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "loyalty_rewards" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "label" text NOT NULL, "pointsCost" integer NOT NULL, "valueCents" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a0a01f0a250a96d6249e0af9ce3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_542adf88bfe8a005666478694e" ON "loyalty_rewards" ("associationId") `);
    await queryRunner.query(
      `CREATE TABLE "loyalty_shops" ("associationId" uuid NOT NULL, "shopId" uuid NOT NULL, "joinedByMembershipId" uuid, "joinedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a23ecfc5658e3deeb606b1d236" PRIMARY KEY ("associationId", "shopId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "loyalty_sale_shares" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "productRef" text NOT NULL, "label" text NOT NULL, "sharePercent" integer NOT NULL, "beneficiaryCustomerId" uuid, "sourceDomain" text NOT NULL, "sourceRef" text NOT NULL, CONSTRAINT "PK_4fa30a871c1c34d9139e5aa795e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d75dd9a9e21051e9f5f94afdf1" ON "loyalty_sale_shares" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "loyalty_sale_shares_product" ON "loyalty_sale_shares" ("associationId", "shopId", "productRef") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."loyalty_movement_kind" AS ENUM('PURCHASE', 'SALE_SHARE', 'AWARD', 'REDEMPTION', 'REVERSAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "loyalty_movements" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seq" BIGSERIAL NOT NULL, "customerId" uuid, "kind" "public"."loyalty_movement_kind" NOT NULL, "points" integer NOT NULL, "day" date NOT NULL, "label" text NOT NULL, "shopId" uuid, "purchaseCents" integer, "rewardId" uuid, "valueCents" integer, "productRef" text, "parentId" uuid, "sourceDomain" text NOT NULL, "sourceRef" text NOT NULL, "reverses" uuid, "reason" text, "treasuryEntryId" uuid, "createdByMembershipId" uuid, "idempotencyKey" text NOT NULL, "requestHash" text NOT NULL, "erasedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63a188543e98c45507436d16001" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0930357a30e2755a0e860ff275" ON "loyalty_movements" ("associationId") `);
    await queryRunner.query(`CREATE INDEX "loyalty_movements_recent" ON "loyalty_movements" ("associationId", "seq") `);
    await queryRunner.query(
      `CREATE INDEX "loyalty_movements_shop_day" ON "loyalty_movements" ("associationId", "shopId", "day") `,
    );
    await queryRunner.query(
      `CREATE INDEX "loyalty_movements_card" ON "loyalty_movements" ("associationId", "customerId", "seq") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "loyalty_movements_reversed_once" ON "loyalty_movements" ("reverses") WHERE "reverses" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "loyalty_movements_idempotency" ON "loyalty_movements" ("associationId", "idempotencyKey") `,
    );
    await queryRunner.query(
      `CREATE FUNCTION "loyalty_movements_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF TG_OP = 'UPDATE' AND NEW."customerId" IS NULL AND NEW."erasedAt" IS NOT NULL
            AND (to_jsonb(NEW) - 'customerId' - 'erasedAt') = (to_jsonb(OLD) - 'customerId' - 'erasedAt') THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'loyalty movements are append-only: % refused', TG_OP;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "loyalty_movements_append_only" BEFORE UPDATE OR DELETE ON "loyalty_movements" FOR EACH ROW EXECUTE FUNCTION "loyalty_movements_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "loyalty_movements"`);
    await queryRunner.query(`DROP FUNCTION "loyalty_movements_append_only"()`);
    await queryRunner.query(`DROP TYPE "public"."loyalty_movement_kind"`);
    await queryRunner.query(`DROP TABLE "loyalty_sale_shares"`);
    await queryRunner.query(`DROP TABLE "loyalty_shops"`);
    await queryRunner.query(`DROP TABLE "loyalty_rewards"`);
    await queryRunner.query(`DROP TABLE "loyalty_settings"`);
  }
}
