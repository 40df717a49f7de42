import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification delivery: e-mail preferences per kind, daily digest claims, unsubscribe tokens. */

export class NotificationDelivery1795333415815 implements MigrationInterface {
  name = 'NotificationDelivery1795333415815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membershipId" uuid NOT NULL, "day" date NOT NULL, "notificationCount" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d868a3cd9f7f06295db35238df" ON "notification_digests"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_digests_member_day" ON "notification_digests"  ("membershipId", "day") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."email_frequency" AS ENUM('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')`);
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membershipId" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "frequency" "public"."email_frequency" NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e94e2b543f2f218ee68e4f4fad2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0df56ee49c2fb9d831e2ca4c02" ON "notification_preferences"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_preferences_member_kind" ON "notification_preferences"  ("membershipId", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_unsubscribe_tokens" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tokenHash" text NOT NULL, "membershipId" uuid NOT NULL, "kind" "public"."notification_kind", "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_44bd07ad62b3d2dcfb2404b6656" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e5959edda9a5525a98129bdd98" ON "notification_unsubscribe_tokens"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_unsubscribe_tokens_hash" ON "notification_unsubscribe_tokens"  ("tokenHash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ab0c0677ec4665e07777e79ccb" ON "notification_unsubscribe_tokens"  ("membershipId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_not_mailed" ON "notifications"  ("recipientMembershipId", "createdAt") WHERE "readAt" IS NULL AND "emailedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notifications_not_mailed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab0c0677ec4665e07777e79ccb"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unsubscribe_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5959edda9a5525a98129bdd98"`);
    await queryRunner.query(`DROP TABLE "notification_unsubscribe_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."notification_preferences_member_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0df56ee49c2fb9d831e2ca4c02"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."email_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."notification_digests_member_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d868a3cd9f7f06295db35238df"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
  }
}
