import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * My account (issue 25 part 1): a session keeps the browser's User-Agent and when it was last seen
 * (for the sessions list); email_changes holds an e-mail change waiting for the new address's link,
 * then the old address's undo link (hashed tokens, single use).
 */
export class Account1796720400000 implements MigrationInterface {
  name = 'Account1796720400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "userAgent" text`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Sessions opened before this migration were last seen, as far as anyone knows, when they opened.
    await queryRunner.query(`UPDATE "sessions" SET "lastSeenAt" = "createdAt"`);
    await queryRunner.query(
      `CREATE TABLE "email_changes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "oldEmail" text NOT NULL, "newEmail" text NOT NULL, "confirmTokenHash" text NOT NULL, "confirmExpiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, "cancelledAt" TIMESTAMP WITH TIME ZONE, "undoTokenHash" text, "undoExpiresAt" TIMESTAMP WITH TIME ZONE, "undoneAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d3c38d083d70d5ae877e4af01e5" UNIQUE ("confirmTokenHash"), CONSTRAINT "UQ_b78d99554f34ad6a0ab44556ca8" UNIQUE ("undoTokenHash"), CONSTRAINT "PK_6626b2af49c359b24442c10bbb1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_86352230c345fc670a55e7eb87" ON "email_changes" ("userId") `);
    await queryRunner.query(
      `ALTER TABLE "email_changes" ADD CONSTRAINT "FK_86352230c345fc670a55e7eb87a" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_changes" DROP CONSTRAINT "FK_86352230c345fc670a55e7eb87a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86352230c345fc670a55e7eb87"`);
    await queryRunner.query(`DROP TABLE "email_changes"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "lastSeenAt"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "userAgent"`);
  }
}
