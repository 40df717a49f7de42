import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795331041416 implements MigrationInterface {
  name = 'Foundation1795331041416';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent"`);
    await queryRunner.query(
      `CREATE TABLE "outbox_mails" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "to" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sentAt" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastError" text, CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_mails_pending_idx" ON "outbox_mails"  ("createdAt") WHERE "sentAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" text NOT NULL, "ip" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c66bda47e526fc54db368b7ba1" ON "login_failures"  ("ip", "createdAt") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_66be2c2a5da408f357a885d201" ON "login_failures"  ("email", "createdAt") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."locale" AS ENUM('FR', 'EN')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" text NOT NULL, "name" text NOT NULL, "passwordHash" text NOT NULL, "locale" "public"."locale" NOT NULL DEFAULT 'FR', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "tokenHash" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1143abb8c3fad8b06dd857a8c9c" UNIQUE ("tokenHash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d6a19d4b4f6c62dcd29daa497e" ON "password_reset_tokens"  ("userId") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "tokenHash" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_bace6c68efc156fddac9b14bda2" UNIQUE ("tokenHash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_57de40bc620f456c7311aa3a1e" ON "sessions"  ("userId") `);
    await queryRunner.query(`CREATE TYPE "public"."majority" AS ENUM('SIMPLE', 'TWO_THIRDS')`);
    await queryRunner.query(
      `CREATE TABLE "associations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" text NOT NULL, "town" text NOT NULL, "postcode" text NOT NULL, "timeZone" text NOT NULL DEFAULT 'Europe/Paris', "currency" character(3) NOT NULL DEFAULT 'EUR', "quorumPercent" smallint NOT NULL DEFAULT '50', "majority" "public"."majority" NOT NULL DEFAULT 'SIMPLE', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_409f7d0389b44b03f8b0767ce0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('PRESIDENT', 'BOARD', 'MEMBER', 'CONSULTANT')`);
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "userId" uuid NOT NULL, "role" "public"."role" NOT NULL, "removedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_31f3ecef223d19118da86fa1fb" ON "memberships"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_187d573e43b2c2aa3960df20b7" ON "memberships"  ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "memberships_active_unique" ON "memberships"  ("associationId", "userId") WHERE "removedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "role" "public"."role" NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "invitedById" uuid, "acceptedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a6eb6f2543de8a5a4c148b32a18" UNIQUE ("tokenHash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_77f256ce3f4e47664eb72bf626" ON "invitations"  ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitations_pending_unique" ON "invitations"  ("associationId", "email") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."trade_category" AS ENUM('FOOD', 'BAKERY', 'BUTCHER', 'FASHION', 'BEAUTY', 'HOME', 'CULTURE', 'RESTAURANT', 'SERVICES', 'HEALTH', 'SPORT', 'FLORIST', 'JEWELLERY', 'CRAFTS', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "shops" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membershipId" uuid NOT NULL, "name" text NOT NULL, "trade" "public"."trade_category" NOT NULL, "address" text NOT NULL, "postcode" text NOT NULL, "town" text NOT NULL, "phone" text, "website" text, "description" text, "logoFile" text, "openingHours" jsonb NOT NULL DEFAULT '[]'::jsonb, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c6aaa6607d287de99815e60b96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_050424b7977788fc4934fd7c95" ON "shops"  ("associationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_19d8efc21f1346d8749e37d95b" ON "shops"  ("membershipId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a358c89ba6db11b7f422cc3797" ON "shops"  ("trade") `);
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_d6a19d4b4f6c62dcd29daa497e2" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_57de40bc620f456c7311aa3a1e6" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_31f3ecef223d19118da86fa1fba" FOREIGN KEY ("associationId") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_187d573e43b2c2aa3960df20b78" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_77f256ce3f4e47664eb72bf626e" FOREIGN KEY ("associationId") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_b60325e5302be0dad38b423314c" FOREIGN KEY ("invitedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shops" ADD CONSTRAINT "FK_19d8efc21f1346d8749e37d95bf" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shops" DROP CONSTRAINT "FK_19d8efc21f1346d8749e37d95bf"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_b60325e5302be0dad38b423314c"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_77f256ce3f4e47664eb72bf626e"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_187d573e43b2c2aa3960df20b78"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_31f3ecef223d19118da86fa1fba"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_57de40bc620f456c7311aa3a1e6"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_d6a19d4b4f6c62dcd29daa497e2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a358c89ba6db11b7f422cc3797"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_19d8efc21f1346d8749e37d95b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_050424b7977788fc4934fd7c95"`);
    await queryRunner.query(`DROP TABLE "shops"`);
    await queryRunner.query(`DROP TYPE "public"."trade_category"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_pending_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77f256ce3f4e47664eb72bf626"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_active_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_187d573e43b2c2aa3960df20b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31f3ecef223d19118da86fa1fb"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP TABLE "associations"`);
    await queryRunner.query(`DROP TYPE "public"."majority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57de40bc620f456c7311aa3a1e"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6a19d4b4f6c62dcd29daa497e"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."locale"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66be2c2a5da408f357a885d201"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c66bda47e526fc54db368b7ba1"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_mails_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
  }
}
