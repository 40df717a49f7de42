import { MigrationInterface, QueryRunner } from 'typeorm';

export class Projects1795336002161 implements MigrationInterface {
  name = 'Projects1795336002161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."project_category" AS ENUM('COMMUNICATION', 'ANIMATION', 'DECORATION', 'SECURITY', 'DIGITAL', 'LOGISTICS', 'TRAINING', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."project_status" AS ENUM('DRAFT', 'PROPOSED', 'APPROVED_OPEN', 'REJECTED', 'FUNDED', 'ACTIVE', 'CLOSED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "category" "public"."project_category" NOT NULL, "status" "public"."project_status" NOT NULL DEFAULT 'DRAFT', "splitRule" jsonb NOT NULL, "minParticipants" integer, "minPledgedCents" bigint, "joinDeadline" TIMESTAMP WITH TIME ZONE, "authorMembershipId" uuid NOT NULL, "proposedAt" TIMESTAMP WITH TIME ZONE, "voteDeadline" TIMESTAMP WITH TIME ZONE, "voteClosedAt" TIMESTAMP WITH TIME ZONE, "votesFor" integer, "votesAgainst" integer, "votesAbstain" integer, "voteMemberCount" integer, "quorumReached" boolean, "frozenAt" TIMESTAMP WITH TIME ZONE, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_931b7fa4dd0d5b79a6f4bf964c" ON "projects"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "projects_due" ON "projects"  ("status", "voteDeadline") `);
    await queryRunner.query(`CREATE INDEX "projects_keyset" ON "projects"  ("associationId", "createdAt", "id") `);
    await queryRunner.query(
      `CREATE TABLE "project_consultants" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "membershipId" uuid NOT NULL, CONSTRAINT "PK_ea334aaa27bb59b80ea3cf22133" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28351a70b751f40a84192325e6" ON "project_consultants"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "project_consultants_unique" ON "project_consultants"  ("projectId", "membershipId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_budget_lines" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "position" integer NOT NULL, "label" text NOT NULL, "supplier" text, "quantity" integer NOT NULL, "unitPriceCents" bigint NOT NULL, "vatRateBp" integer NOT NULL, "soloPriceCents" bigint, CONSTRAINT "PK_9494a8f4baf5faf845ea0eee491" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a08a41855c0135f9be9d6d1744" ON "project_budget_lines"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "project_budget_lines_order" ON "project_budget_lines"  ("projectId", "position") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."project_file_kind" AS ENUM('QUOTE', 'RECEIPT')`);
    await queryRunner.query(
      `CREATE TABLE "project_files" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "kind" "public"."project_file_kind" NOT NULL, "fileName" text NOT NULL, "mimeType" text NOT NULL, "size" integer NOT NULL, "uploaderMembershipId" uuid NOT NULL, CONSTRAINT "PK_ba9b1f07ba163e0e21f72f4e02b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b07a2306744da854d095407270" ON "project_files"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "project_files_of_project" ON "project_files"  ("projectId", "kind") `);
    await queryRunner.query(`CREATE TYPE "public"."vote_choice" AS ENUM('FOR', 'AGAINST', 'ABSTAIN')`);
    await queryRunner.query(
      `CREATE TABLE "project_votes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "membershipId" uuid NOT NULL, "choice" "public"."vote_choice" NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf4d8760acd60c6011fef5fb0de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_44b90f4ff5a9c8f50a46e61bbe" ON "project_votes"  ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "project_votes_one_per_member" ON "project_votes"  ("projectId", "membershipId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_comments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "authorMembershipId" uuid NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_0d604d9d1a7cadae1e1c782f313" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a873c9352ee846c82aaefa4420" ON "project_comments"  ("associationId") `);
    await queryRunner.query(
      `CREATE INDEX "project_comments_of_project" ON "project_comments"  ("projectId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_participants" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "membershipId" uuid NOT NULL, "pledgeCents" bigint, "shareCents" bigint, CONSTRAINT "PK_bca8e7d71a37709f9ed916cf610" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4aa65996d0c67d21eec2df3183" ON "project_participants"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "project_participants_unique" ON "project_participants"  ("projectId", "membershipId") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ledger_entry_kind" AS ENUM('CONTRIBUTION', 'EXPENSE', 'REFUND', 'CORRECTION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."payment_method" AS ENUM('TRANSFER', 'CHEQUE', 'CASH', 'CARD')`);
    await queryRunner.query(
      `CREATE TABLE "project_ledger_entries" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "debit" text NOT NULL, "credit" text NOT NULL, "cents" bigint NOT NULL, "kind" "public"."ledger_entry_kind" NOT NULL, "paymentMethod" "public"."payment_method", "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "receiptFileId" uuid, "reverses" uuid, "createdByMembershipId" uuid NOT NULL, "idempotencyKey" text NOT NULL, "requestHash" text NOT NULL, CONSTRAINT "PK_4c88332d56c3a6b44b91929b7a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ac7c2d4d49096f3d9bd204b3e4" ON "project_ledger_entries"  ("associationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "project_ledger_reversed_once" ON "project_ledger_entries"  ("reverses") WHERE "reverses" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "project_ledger_idempotency" ON "project_ledger_entries"  ("projectId", "idempotencyKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "project_ledger_entries_of_project" ON "project_ledger_entries"  ("projectId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_audit" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "actorMembershipId" uuid, "action" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_c27bdcc0080d0b2ea44f68d0e52" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_df59cb7f7434a8e11977fe7b50" ON "project_audit"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "project_audit_of_project" ON "project_audit"  ("projectId", "createdAt") `);
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_ac523b28e2a66383d1e87b7de03" FOREIGN KEY ("authorMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_consultants" ADD CONSTRAINT "FK_76bdab318d59824b2dbd418c512" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_consultants" ADD CONSTRAINT "FK_b92cbf37034d38692c8f8adce7d" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_budget_lines" ADD CONSTRAINT "FK_4f57bce4b2a3d5964ae6a57ac5e" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_files" ADD CONSTRAINT "FK_c5cabbbe2a2cf99b20f94eb94f3" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_files" ADD CONSTRAINT "FK_41fc75e30416d4affc735a44a1a" FOREIGN KEY ("uploaderMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_votes" ADD CONSTRAINT "FK_77f8232beed9ee459d78ba626f1" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_votes" ADD CONSTRAINT "FK_972bd8977b1d3af9267efc60307" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_comments" ADD CONSTRAINT "FK_99f7ea5bc8abc49eb5432cd5bef" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_comments" ADD CONSTRAINT "FK_886289d1f9dbc2c26bb2e582c52" FOREIGN KEY ("authorMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_participants" ADD CONSTRAINT "FK_57ad388baf38e3ce15093521d78" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_participants" ADD CONSTRAINT "FK_13ce5287ae75dc7c4f53308bf32" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_ledger_entries" ADD CONSTRAINT "FK_aec403a654a0b87d0da9b03b434" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_ledger_entries" ADD CONSTRAINT "FK_26c61271f8db70fac600dcfb41a" FOREIGN KEY ("createdByMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP CONSTRAINT "FK_26c61271f8db70fac600dcfb41a"`);
    await queryRunner.query(`ALTER TABLE "project_ledger_entries" DROP CONSTRAINT "FK_aec403a654a0b87d0da9b03b434"`);
    await queryRunner.query(`ALTER TABLE "project_participants" DROP CONSTRAINT "FK_13ce5287ae75dc7c4f53308bf32"`);
    await queryRunner.query(`ALTER TABLE "project_participants" DROP CONSTRAINT "FK_57ad388baf38e3ce15093521d78"`);
    await queryRunner.query(`ALTER TABLE "project_comments" DROP CONSTRAINT "FK_886289d1f9dbc2c26bb2e582c52"`);
    await queryRunner.query(`ALTER TABLE "project_comments" DROP CONSTRAINT "FK_99f7ea5bc8abc49eb5432cd5bef"`);
    await queryRunner.query(`ALTER TABLE "project_votes" DROP CONSTRAINT "FK_972bd8977b1d3af9267efc60307"`);
    await queryRunner.query(`ALTER TABLE "project_votes" DROP CONSTRAINT "FK_77f8232beed9ee459d78ba626f1"`);
    await queryRunner.query(`ALTER TABLE "project_files" DROP CONSTRAINT "FK_41fc75e30416d4affc735a44a1a"`);
    await queryRunner.query(`ALTER TABLE "project_files" DROP CONSTRAINT "FK_c5cabbbe2a2cf99b20f94eb94f3"`);
    await queryRunner.query(`ALTER TABLE "project_budget_lines" DROP CONSTRAINT "FK_4f57bce4b2a3d5964ae6a57ac5e"`);
    await queryRunner.query(`ALTER TABLE "project_consultants" DROP CONSTRAINT "FK_b92cbf37034d38692c8f8adce7d"`);
    await queryRunner.query(`ALTER TABLE "project_consultants" DROP CONSTRAINT "FK_76bdab318d59824b2dbd418c512"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_ac523b28e2a66383d1e87b7de03"`);
    await queryRunner.query(`DROP INDEX "public"."project_audit_of_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df59cb7f7434a8e11977fe7b50"`);
    await queryRunner.query(`DROP TABLE "project_audit"`);
    await queryRunner.query(`DROP INDEX "public"."project_ledger_entries_of_project"`);
    await queryRunner.query(`DROP INDEX "public"."project_ledger_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."project_ledger_reversed_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac7c2d4d49096f3d9bd204b3e4"`);
    await queryRunner.query(`DROP TABLE "project_ledger_entries"`);
    await queryRunner.query(`DROP TYPE "public"."payment_method"`);
    await queryRunner.query(`DROP TYPE "public"."ledger_entry_kind"`);
    await queryRunner.query(`DROP INDEX "public"."project_participants_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4aa65996d0c67d21eec2df3183"`);
    await queryRunner.query(`DROP TABLE "project_participants"`);
    await queryRunner.query(`DROP INDEX "public"."project_comments_of_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a873c9352ee846c82aaefa4420"`);
    await queryRunner.query(`DROP TABLE "project_comments"`);
    await queryRunner.query(`DROP INDEX "public"."project_votes_one_per_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_44b90f4ff5a9c8f50a46e61bbe"`);
    await queryRunner.query(`DROP TABLE "project_votes"`);
    await queryRunner.query(`DROP TYPE "public"."vote_choice"`);
    await queryRunner.query(`DROP INDEX "public"."project_files_of_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b07a2306744da854d095407270"`);
    await queryRunner.query(`DROP TABLE "project_files"`);
    await queryRunner.query(`DROP TYPE "public"."project_file_kind"`);
    await queryRunner.query(`DROP INDEX "public"."project_budget_lines_order"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a08a41855c0135f9be9d6d1744"`);
    await queryRunner.query(`DROP TABLE "project_budget_lines"`);
    await queryRunner.query(`DROP INDEX "public"."project_consultants_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28351a70b751f40a84192325e6"`);
    await queryRunner.query(`DROP TABLE "project_consultants"`);
    await queryRunner.query(`DROP INDEX "public"."projects_keyset"`);
    await queryRunner.query(`DROP INDEX "public"."projects_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_931b7fa4dd0d5b79a6f4bf964c"`);
    await queryRunner.query(`DROP TABLE "projects"`);
    await queryRunner.query(`DROP TYPE "public"."project_status"`);
    await queryRunner.query(`DROP TYPE "public"."project_category"`);
  }
}
