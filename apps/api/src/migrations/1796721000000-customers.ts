import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers (issue 17): each association gets its public slug (backfilled from its name as the service makes
 * it: accents folded, dashes, `-2`, `-3` for the same name, oldest first), then the customers, their magic links
 * and their sessions, per association.
 */
export class Customers1796721000000 implements MigrationInterface {
  name = 'Customers1796721000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "associations" ADD "slug" text`);
    await queryRunner.query(
      `WITH base AS (
         SELECT id, "createdAt", coalesce(nullif(trim(both '-' from left(regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', '-', 'g'), 48)), ''), 'association') AS b
           FROM "associations"),
       numbered AS (SELECT id, b, row_number() OVER (PARTITION BY b ORDER BY "createdAt", id) AS n FROM base)
       UPDATE "associations" a SET slug = CASE WHEN n = 1 THEN b ELSE b || '-' || n END
         FROM numbered WHERE numbered.id = a.id`,
    );
    await queryRunner.query(`ALTER TABLE "associations" ALTER COLUMN "slug" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "associations_slug" ON "associations" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "firstName" text, "email" text, "emailKey" text, "language" text NOT NULL, "consentLoyaltyAt" TIMESTAMP WITH TIME ZONE, "consentNewsAt" TIMESTAMP WITH TIME ZONE, "consentIdeasAt" TIMESTAMP WITH TIME ZONE, "cardCode" text NOT NULL, "cardRevokedAt" TIMESTAMP WITH TIME ZONE, "confirmedAt" TIMESTAMP WITH TIME ZONE, "erasedAt" TIMESTAMP WITH TIME ZONE, "joinedFrom" text, CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_423480cf9b38fce7dae581cae3" ON "customers" ("associationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "customers_card_code" ON "customers" ("associationId", "cardCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "customers_email" ON "customers" ("associationId", "emailKey") `);
    await queryRunner.query(
      `CREATE TABLE "customer_links" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "customerId" uuid NOT NULL, "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "next" text, CONSTRAINT "PK_065fcbedcfc2680108625cf2ace" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f738b489524a09ca0d308e942b" ON "customer_links" ("associationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_46d44a86c2f82d1db61c1f7058" ON "customer_links" ("customerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "customer_links_token" ON "customer_links" ("tokenHash") `);
    await queryRunner.query(
      `CREATE TABLE "customer_sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "customerId" uuid NOT NULL, "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c684ecbaa67a634723776229c4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_76e53164877e9e0b1c705a9f61" ON "customer_sessions" ("associationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3bfe7c9447ac413ce32c9b49c1" ON "customer_sessions" ("customerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "customer_sessions_token" ON "customer_sessions" ("tokenHash") `);
    await queryRunner.query(
      `ALTER TABLE "customers" ADD CONSTRAINT "FK_423480cf9b38fce7dae581cae34" FOREIGN KEY ("associationId") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_links" ADD CONSTRAINT "FK_46d44a86c2f82d1db61c1f70585" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_sessions" ADD CONSTRAINT "FK_3bfe7c9447ac413ce32c9b49c1a" FOREIGN KEY ("customerId") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "customer_sessions"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "customer_links"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "customers"`);
    await queryRunner.query(`DROP INDEX "associations_slug"`);
    await queryRunner.query(`ALTER TABLE "associations" DROP COLUMN "slug"`);
  }
}
