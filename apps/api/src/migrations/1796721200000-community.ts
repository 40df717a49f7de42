import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community (issue 17): the ideas box (ideas, one support per person, comments), the board's
 * contribution points, customers' recommendations of shops, co-created products; the "origin" of a
 * project or campaign born from an idea; the IDEA_ANSWERED notification kind.
 */
export class Community1796721200000 implements MigrationInterface {
  name = 'Community1796721200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."community_idea_kind" AS ENUM('SERVICE', 'PRODUCT', 'OTHER')`);
    await queryRunner.query(
      `CREATE TYPE "public"."community_idea_status" AS ENUM('OPEN', 'UNDER_STUDY', 'ACCEPTED', 'DECLINED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."community_idea_outcome" AS ENUM('PROJECT', 'CAMPAIGN')`);
    await queryRunner.query(
      `CREATE TABLE "community_ideas" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "kind" "public"."community_idea_kind" NOT NULL, "status" "public"."community_idea_status" NOT NULL DEFAULT 'OPEN', "authorMembershipId" uuid, "authorCustomerId" uuid, "answerReason" text, "answeredAt" TIMESTAMP WITH TIME ZONE, "answeredByMembershipId" uuid, "usefulAt" TIMESTAMP WITH TIME ZONE, "adoptedAt" TIMESTAMP WITH TIME ZONE, "outcomeKind" "public"."community_idea_outcome", "projectId" uuid, "campaignId" uuid, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "community_ideas_adopted_once" CHECK (("adoptedAt" IS NULL) = ("outcomeKind" IS NULL) AND ("projectId" IS NULL OR "campaignId" IS NULL)), CONSTRAINT "community_ideas_one_author" CHECK ("authorMembershipId" IS NULL OR "authorCustomerId" IS NULL), CONSTRAINT "PK_31e861a18df750dacf180bfaa95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_10d7a1c38f38632be521ab876c" ON "community_ideas" ("associationId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_84c20328cbcccfcba0c0aa4006" ON "community_ideas" ("authorMembershipId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9250d993b3cc53b1787ef28c02" ON "community_ideas" ("authorCustomerId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e7d5ed1fab1c0f1bdda42cbaf3" ON "community_ideas" ("projectId") WHERE "projectId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_553b68feb7a134f2cf0f20a4a8" ON "community_ideas" ("campaignId") WHERE "campaignId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "community_ideas_by_time" ON "community_ideas" ("associationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "community_idea_supports" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ideaId" uuid NOT NULL, "membershipId" uuid, "customerId" uuid, CONSTRAINT "community_idea_supports_one_person" CHECK (("membershipId" IS NULL) <> ("customerId" IS NULL)), CONSTRAINT "PK_e6efacc919790990550ede0de3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c23730b1faba12bc1ff88d8182" ON "community_idea_supports" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_29143d8bd3ab8f8f98010be241" ON "community_idea_supports" ("customerId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "community_idea_supports_customer" ON "community_idea_supports" ("ideaId", "customerId") WHERE "customerId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "community_idea_supports_member" ON "community_idea_supports" ("ideaId", "membershipId") WHERE "membershipId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "community_idea_comments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ideaId" uuid NOT NULL, "authorMembershipId" uuid, "authorCustomerId" uuid, "body" text NOT NULL, "usefulAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "community_idea_comments_one_author" CHECK ("authorMembershipId" IS NULL OR "authorCustomerId" IS NULL), CONSTRAINT "PK_897845f757e25940fe0e34fd09b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3005ef461d2d489c637b95cc72" ON "community_idea_comments" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b6e7afa1d1c48c37864235a455" ON "community_idea_comments" ("authorMembershipId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5a6aa8becb790923c2da2f4246" ON "community_idea_comments" ("authorCustomerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "community_idea_comments_by_idea" ON "community_idea_comments" ("ideaId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "community_co_created_products" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "productId" uuid NOT NULL, "ideaId" uuid NOT NULL, "sharePercent" integer NOT NULL, "createdByMembershipId" uuid NOT NULL, CONSTRAINT "community_co_created_products_share" CHECK ("sharePercent" BETWEEN 1 AND 100), CONSTRAINT "PK_e46ab9cf216f2b3efb7da4aee81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_157642d933a74ba33a73793bd9" ON "community_co_created_products" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e062646f70264a751470ccdfc" ON "community_co_created_products" ("shopId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_263cb7b128d4f1484be3127f5b" ON "community_co_created_products" ("ideaId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "community_co_created_products_product" ON "community_co_created_products" ("productId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "community_settings" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "adoptedIdeaPoints" integer NOT NULL, "usefulContributionPoints" integer NOT NULL, "helpfulRecommendationPoints" integer NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "community_settings_points" CHECK ("adoptedIdeaPoints" BETWEEN 0 AND 10000 AND "usefulContributionPoints" BETWEEN 0 AND 10000 AND "helpfulRecommendationPoints" BETWEEN 0 AND 10000), CONSTRAINT "PK_872dbb296eb92b96998e292f45a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1318e0fa2bee5a42b6a2dec5e0" ON "community_settings" ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "community_settings_association" ON "community_settings" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."community_recommendation_status" AS ENUM('PENDING', 'PUBLISHED', 'REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "community_recommendations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "customerId" uuid, "text" text NOT NULL, "status" "public"."community_recommendation_status" NOT NULL DEFAULT 'PENDING', "moderatedAt" TIMESTAMP WITH TIME ZONE, "moderatedByMembershipId" uuid, "helpfulAt" TIMESTAMP WITH TIME ZONE, "helpfulByMembershipId" uuid, CONSTRAINT "PK_bcac299c005fa04d929002ef3df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0f6ec78138a676cc21df332100" ON "community_recommendations" ("associationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_233e88d9913217aba04246ca5c" ON "community_recommendations" ("customerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "community_recommendations_by_status" ON "community_recommendations" ("associationId", "status", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "community_recommendations_by_shop" ON "community_recommendations" ("associationId", "shopId", "createdAt") `,
    );
    for (const table of ['projects', 'campaigns']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "originLabel" text`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "originLink" text`);
    }
    await queryRunner.query(
      `ALTER TABLE "community_ideas" ADD CONSTRAINT "FK_84c20328cbcccfcba0c0aa4006b" FOREIGN KEY ("authorMembershipId") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_idea_supports" ADD CONSTRAINT "FK_79dee8dfef1d21881edef7554b1" FOREIGN KEY ("ideaId") REFERENCES "community_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_idea_supports" ADD CONSTRAINT "FK_36176ab9a8e606618ed43a79796" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_idea_comments" ADD CONSTRAINT "FK_acbd3cf395c69ace2ceacfb4db5" FOREIGN KEY ("ideaId") REFERENCES "community_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_idea_comments" ADD CONSTRAINT "FK_b6e7afa1d1c48c37864235a4551" FOREIGN KEY ("authorMembershipId") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_co_created_products" ADD CONSTRAINT "FK_6e062646f70264a751470ccdfc9" FOREIGN KEY ("shopId") REFERENCES "shops"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_co_created_products" ADD CONSTRAINT "FK_263cb7b128d4f1484be3127f5b9" FOREIGN KEY ("ideaId") REFERENCES "community_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_recommendations" ADD CONSTRAINT "FK_5aba47c40233d0fd881769f83fa" FOREIGN KEY ("shopId") REFERENCES "shops"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'IDEA_ANSWERED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences', 'notification_unsubscribe_tokens'])
      await queryRunner.query(`DELETE FROM "${table}" WHERE "kind"::text = 'IDEA_ANSWERED'`);
    for (const table of ['projects', 'campaigns']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "originLink"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "originLabel"`);
    }
    await queryRunner.query(`DROP TABLE "community_recommendations"`);
    await queryRunner.query(`DROP TYPE "public"."community_recommendation_status"`);
    await queryRunner.query(`DROP TABLE "community_settings"`);
    await queryRunner.query(`DROP TABLE "community_co_created_products"`);
    await queryRunner.query(`DROP TABLE "community_idea_comments"`);
    await queryRunner.query(`DROP TABLE "community_idea_supports"`);
    await queryRunner.query(`DROP TABLE "community_ideas"`);
    await queryRunner.query(`DROP TYPE "public"."community_idea_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."community_idea_status"`);
    await queryRunner.query(`DROP TYPE "public"."community_idea_kind"`);
  }
}
