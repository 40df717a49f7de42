import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data exports (issue 25): a person's or an association's ZIP, asked for, built by a job, downloadable by its
 * owner until it expires. One pending export per person and per association (partial unique indexes).
 */
export class DataExports1796720600000 implements MigrationInterface {
  name = 'DataExports1796720600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."data_export_kind" AS ENUM('PERSON', 'ASSOCIATION')`);
    await queryRunner.query(`CREATE TYPE "public"."data_export_status" AS ENUM('PENDING', 'READY', 'EXPIRED')`);
    await queryRunner.query(
      `CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "kind" "public"."data_export_kind" NOT NULL, "associationId" uuid, "status" "public"."data_export_status" NOT NULL DEFAULT 'PENDING', "locale" "public"."locale" NOT NULL, "requestedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "readyAt" TIMESTAMP WITH TIME ZONE, "expiresAt" TIMESTAMP WITH TIME ZONE, "fileKey" text, "sizeBytes" integer, CONSTRAINT "PK_3e8b8b297ef4446f30527695c10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1230e97a87f9d23f8bbe2b157e" ON "data_exports" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_5144226e20cb9de334ee920d63" ON "data_exports" ("expiresAt") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "data_exports_pending_person" ON "data_exports" ("userId") WHERE "status" = 'PENDING' AND "kind" = 'PERSON'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "data_exports_pending_association" ON "data_exports" ("associationId") WHERE "status" = 'PENDING' AND "kind" = 'ASSOCIATION'`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "FK_1230e97a87f9d23f8bbe2b157ee" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "FK_6cd8ec3976e4e7d0f7b94563da7" FOREIGN KEY ("associationId") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_exports"`);
    await queryRunner.query(`DROP TYPE "public"."data_export_status"`);
    await queryRunner.query(`DROP TYPE "public"."data_export_kind"`);
  }
}
