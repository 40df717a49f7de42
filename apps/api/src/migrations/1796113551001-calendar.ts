import { MigrationInterface, QueryRunner } from 'typeorm';

/** The association's meetings and the members' private calendar subscriptions. */
export class Calendar1796400000000 implements MigrationInterface {
  name = 'Calendar1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membershipId" uuid NOT NULL, "tokenHash" text NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "lastReadAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_94b206d629374a8db7e1d3bce0" ON "calendar_feeds"  ("associationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "calendar_feeds_one_live" ON "calendar_feeds"  ("membershipId") WHERE "revokedAt" IS NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token" ON "calendar_feeds"  ("tokenHash") `);
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "place" text NOT NULL DEFAULT '', "agenda" text NOT NULL DEFAULT '', "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdByMembershipId" uuid NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2938f0a31f886bac91904c879e" ON "meetings"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "meetings_by_time" ON "meetings"  ("associationId", "startsAt") `);
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_fe0ee44b3a0d5f7fc2cdd99600f" FOREIGN KEY ("membershipId") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_5d685bc75892b63156b39b715e4" FOREIGN KEY ("createdByMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
