import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cashmobs: the cashmobs, members' supports, public sign-ups (one per e-mail per cashmob by a unique
 * index on lower(email)), the association's cashmob settings, and the CASHMOB_REQUEST notification kind.
 */
export class Cashmobs1796200000000 implements MigrationInterface {
  name = 'Cashmobs1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'CASHMOB_REQUEST'`);
    await queryRunner.query(
      `CREATE TYPE "public"."cashmob_status" AS ENUM('PROPOSED', 'COUNTER_PROPOSED', 'PUBLISHED', 'DECLINED', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."cashmob_sign_up_status" AS ENUM('CONFIRMED', 'WAITING', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cashmobs" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "hostMembershipId" uuid NOT NULL, "organiserMembershipId" uuid NOT NULL, "status" "public"."cashmob_status" NOT NULL DEFAULT 'PROPOSED', "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "meetingPoint" text NOT NULL, "spendMinCents" integer NOT NULL, "spendMaxCents" integer NOT NULL, "capacity" integer, "message" text NOT NULL DEFAULT '', "counterStartsAt" TIMESTAMP WITH TIME ZONE, "counterEndsAt" TIMESTAMP WITH TIME ZONE, "shopMessage" text, "slug" text NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE, "declinedAt" TIMESTAMP WITH TIME ZONE, "cancelledAt" TIMESTAMP WITH TIME ZONE, "cancelReason" text, "salesCount" integer, "revenueCents" bigint, "ordinaryRevenueCents" bigint, "completedAt" TIMESTAMP WITH TIME ZONE, "lastPosition" integer NOT NULL DEFAULT 0, "purgedAt" TIMESTAMP WITH TIME ZONE, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cashmobs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cashmobs_association" ON "cashmobs" ("associationId")`);
    await queryRunner.query(`CREATE INDEX "cashmobs_by_start" ON "cashmobs" ("associationId", "startsAt")`);
    await queryRunner.query(`CREATE INDEX "cashmobs_due" ON "cashmobs" ("status", "startsAt")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "cashmobs_slug" ON "cashmobs" ("slug")`);
    await queryRunner.query(
      `CREATE TABLE "cashmob_supports" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cashmobId" uuid NOT NULL, "membershipId" uuid NOT NULL, CONSTRAINT "PK_cashmob_supports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cashmob_supports_association" ON "cashmob_supports" ("associationId")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cashmob_supports_one_per_member" ON "cashmob_supports" ("cashmobId", "membershipId")`,
    );
    await queryRunner.query(
      `CREATE TABLE "cashmob_sign_ups" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cashmobId" uuid NOT NULL, "status" "public"."cashmob_sign_up_status" NOT NULL, "position" integer NOT NULL, "firstName" text, "email" text, "locale" "public"."locale" NOT NULL, "intendedSpendCents" integer, "manageTokenHash" text, "consentAt" TIMESTAMP WITH TIME ZONE, "walkIn" boolean NOT NULL DEFAULT false, "checkedInAt" TIMESTAMP WITH TIME ZONE, "cancelledAt" TIMESTAMP WITH TIME ZONE, "dayBeforeSentAt" TIMESTAMP WITH TIME ZONE, "twoHoursSentAt" TIMESTAMP WITH TIME ZONE, "anonymisedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cashmob_sign_ups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cashmob_sign_ups_association" ON "cashmob_sign_ups" ("associationId")`);
    await queryRunner.query(
      `CREATE INDEX "cashmob_sign_ups_queue" ON "cashmob_sign_ups" ("cashmobId", "status", "position")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cashmob_sign_ups_manage_token" ON "cashmob_sign_ups" ("manageTokenHash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cashmob_sign_ups_one_per_email" ON "cashmob_sign_ups" ("cashmobId", lower("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cashmob_settings" ("associationId" uuid NOT NULL, "leadTimeDays" integer NOT NULL DEFAULT 7, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cashmob_settings" PRIMARY KEY ("associationId"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmob_settings" ADD CONSTRAINT "FK_cashmob_settings_association" FOREIGN KEY ("associationId") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmobs" ADD CONSTRAINT "FK_cashmobs_shop" FOREIGN KEY ("shopId") REFERENCES "shops"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmobs" ADD CONSTRAINT "FK_cashmobs_host" FOREIGN KEY ("hostMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmobs" ADD CONSTRAINT "FK_cashmobs_organiser" FOREIGN KEY ("organiserMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmob_supports" ADD CONSTRAINT "FK_cashmob_supports_cashmob" FOREIGN KEY ("cashmobId") REFERENCES "cashmobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmob_supports" ADD CONSTRAINT "FK_cashmob_supports_membership" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cashmob_sign_ups" ADD CONSTRAINT "FK_cashmob_sign_ups_cashmob" FOREIGN KEY ("cashmobId") REFERENCES "cashmobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cashmob_sign_ups"`);
    await queryRunner.query(`DROP TABLE "cashmob_supports"`);
    await queryRunner.query(`DROP TABLE "cashmobs"`);
    await queryRunner.query(`DROP TABLE "cashmob_settings"`);
    await queryRunner.query(`DROP TYPE "public"."cashmob_sign_up_status"`);
    await queryRunner.query(`DROP TYPE "public"."cashmob_status"`);
    // PostgreSQL cannot drop an enum value: CASHMOB_REQUEST stays in notification_kind (unused).
    for (const table of ['notifications', 'notification_preferences', 'notification_unsubscribe_tokens'])
      await queryRunner.query(`DELETE FROM "${table}" WHERE "kind"::text = 'CASHMOB_REQUEST'`);
  }
}
