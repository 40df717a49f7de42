import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795332995371 implements MigrationInterface {
  name = 'Notifications1795332995371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('COMMENT_ON_MY_POST', 'REPLY_TO_MY_COMMENT', 'MENTION', 'ANNOUNCEMENT', 'MODERATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipientMembershipId" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "actorMembershipId" uuid, "subjectType" text NOT NULL, "subjectId" uuid, "data" jsonb NOT NULL DEFAULT '{}'::jsonb, "readAt" TIMESTAMP WITH TIME ZONE, "emailedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_494b433069eeadbbbbeddac794" ON "notifications"  ("associationId") `);
    await queryRunner.query(
      `CREATE INDEX "notifications_recipient_unread" ON "notifications"  ("recipientMembershipId") WHERE "readAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_recipient_feed" ON "notifications"  ("recipientMembershipId", "createdAt", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "shops" ALTER COLUMN "openingHours" SET DEFAULT '[]'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shops" ALTER COLUMN "openingHours" SET DEFAULT '[]'`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_feed"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_494b433069eeadbbbbeddac794"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
