import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared promotions: campaigns (temps forts), shops' offers (use limit held by a CHECK), personal
 * vouchers (one per e-mail per offer by a partial unique index), redemptions (one per voucher),
 * and the OFFER_REVIEWED notification kind.
 */
export class Promotions1796300000000 implements MigrationInterface {
  name = 'Promotions1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'OFFER_REVIEWED'`);
    await queryRunner.query(`CREATE TYPE "public"."campaign_channel" AS ENUM('IN_STORE', 'ONLINE', 'BOTH')`);
    await queryRunner.query(
      `CREATE TYPE "public"."campaign_status" AS ENUM('DRAFT', 'ENROLLING', 'PUBLISHED', 'RUNNING', 'FINISHED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."campaign_offer_kind" AS ENUM('PERCENT_OFF', 'AMOUNT_OFF', 'GIFT', 'FREE_SERVICE', 'SPECIAL')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."campaign_offer_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "createdByMembershipId" uuid NOT NULL, "title" text NOT NULL, "theme" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "coverFile" text, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "enrolmentDeadline" TIMESTAMP WITH TIME ZONE NOT NULL, "channels" "public"."campaign_channel" NOT NULL, "minDiscountPercent" integer, "invitedTrades" text array NOT NULL DEFAULT '{}', "status" "public"."campaign_status" NOT NULL DEFAULT 'DRAFT', "slug" text NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE, "cancelledAt" TIMESTAMP WITH TIME ZONE, "cancelReason" text, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_campaigns" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_campaigns_association" ON "campaigns" ("associationId")`);
    await queryRunner.query(`CREATE INDEX "campaigns_by_start" ON "campaigns" ("associationId", "startsAt")`);
    await queryRunner.query(`CREATE INDEX "campaigns_due" ON "campaigns" ("status")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "campaigns_slug" ON "campaigns" ("slug")`);
    await queryRunner.query(
      `CREATE TABLE "campaign_offers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "campaignId" uuid NOT NULL, "shopId" uuid NOT NULL, "ownerMembershipId" uuid NOT NULL, "kind" "public"."campaign_offer_kind" NOT NULL, "percentOff" integer, "amountOffCents" integer, "description" text NOT NULL DEFAULT '', "conditions" text NOT NULL DEFAULT '', "maxUses" integer, "onePerCustomer" boolean NOT NULL DEFAULT false, "online" boolean NOT NULL DEFAULT false, "onlineUrl" text, "status" "public"."campaign_offer_status" NOT NULL DEFAULT 'PENDING', "reviewReason" text, "reviewedAt" TIMESTAMP WITH TIME ZONE, "reviewedByMembershipId" uuid, "code" text NOT NULL, "redemptionCount" integer NOT NULL DEFAULT 0, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "campaign_offers_within_limit" CHECK ("maxUses" IS NULL OR "redemptionCount" <= "maxUses"), CONSTRAINT "PK_campaign_offers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_campaign_offers_association" ON "campaign_offers" ("associationId")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_offers_one_per_shop" ON "campaign_offers" ("campaignId", "shopId")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_offers_code" ON "campaign_offers" ("code")`);
    await queryRunner.query(
      `CREATE TABLE "campaign_vouchers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offerId" uuid NOT NULL, "campaignId" uuid NOT NULL, "shopId" uuid NOT NULL, "code" text NOT NULL, "email" text, "consentAt" TIMESTAMP WITH TIME ZONE, "redeemedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_campaign_vouchers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_campaign_vouchers_association" ON "campaign_vouchers" ("associationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_vouchers_by_campaign" ON "campaign_vouchers" ("campaignId", "createdAt")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_vouchers_code" ON "campaign_vouchers" ("code")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_vouchers_one_per_email" ON "campaign_vouchers" ("offerId", "email") WHERE "email" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_redemptions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "campaignId" uuid NOT NULL, "offerId" uuid NOT NULL, "shopId" uuid NOT NULL, "voucherId" uuid, "membershipId" uuid NOT NULL, "basketCents" integer, CONSTRAINT "PK_campaign_redemptions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_campaign_redemptions_association" ON "campaign_redemptions" ("associationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_redemptions_by_campaign" ON "campaign_redemptions" ("campaignId", "createdAt")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_redemptions_one_per_voucher" ON "campaign_redemptions" ("voucherId")`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "FK_campaigns_created_by" FOREIGN KEY ("createdByMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_offers" ADD CONSTRAINT "FK_campaign_offers_campaign" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_offers" ADD CONSTRAINT "FK_campaign_offers_shop" FOREIGN KEY ("shopId") REFERENCES "shops"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_offers" ADD CONSTRAINT "FK_campaign_offers_owner" FOREIGN KEY ("ownerMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_vouchers" ADD CONSTRAINT "FK_campaign_vouchers_offer" FOREIGN KEY ("offerId") REFERENCES "campaign_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_redemptions" ADD CONSTRAINT "FK_campaign_redemptions_offer" FOREIGN KEY ("offerId") REFERENCES "campaign_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_redemptions" ADD CONSTRAINT "FK_campaign_redemptions_voucher" FOREIGN KEY ("voucherId") REFERENCES "campaign_vouchers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "campaign_redemptions"`);
    await queryRunner.query(`DROP TABLE "campaign_vouchers"`);
    await queryRunner.query(`DROP TABLE "campaign_offers"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_offer_status"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_offer_kind"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_status"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_channel"`);
    // PostgreSQL cannot drop an enum value: OFFER_REVIEWED stays in notification_kind (unused).
    for (const table of ['notifications', 'notification_preferences', 'notification_unsubscribe_tokens'])
      await queryRunner.query(`DELETE FROM "${table}" WHERE "kind"::text = 'OFFER_REVIEWED'`);
  }
}
