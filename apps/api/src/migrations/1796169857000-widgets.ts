import { MigrationInterface, QueryRunner } from 'typeorm';

/** The association's embeddable widgets (blog-up store) and the shops' featured products. */
export class Widgets1796700000000 implements MigrationInterface {
  name = 'Widgets1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "widgets" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "createdByMembershipId" uuid NOT NULL, "name" text NOT NULL, "contents" text array NOT NULL, "shopIds" uuid array NOT NULL DEFAULT '{}', "trades" text array NOT NULL DEFAULT '{}', "language" text NOT NULL, "size" text NOT NULL, "maxItems" integer NOT NULL, "accentColor" text NOT NULL, "backgroundColor" text NOT NULL, "textColor" text NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_da23136dbcfc91424451e24b725" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_08151030fb65716759d677a811" ON "widgets"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "widgets_by_association" ON "widgets"  ("associationId", "createdAt") `);
    await queryRunner.query(
      `CREATE TABLE "featured_products" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shopId" uuid NOT NULL, "name" text NOT NULL, "priceCents" bigint, "text" text NOT NULL DEFAULT '', "link" text, "photoFile" text, "position" integer NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24d1d9f5eec2158edb0bbb2a0e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_719f21beee719c1395ec13d5b9" ON "featured_products"  ("associationId") `);
    await queryRunner.query(`CREATE INDEX "featured_products_by_shop" ON "featured_products"  ("shopId", "position") `);
    await queryRunner.query(
      `ALTER TABLE "widgets" ADD CONSTRAINT "FK_cafb006a4d57db287b37da24365" FOREIGN KEY ("createdByMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "featured_products" ADD CONSTRAINT "FK_df34051e83d787efadc0d6aea19" FOREIGN KEY ("shopId") REFERENCES "shops"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "featured_products"`);
    await queryRunner.query(`DROP TABLE "widgets"`);
  }
}
