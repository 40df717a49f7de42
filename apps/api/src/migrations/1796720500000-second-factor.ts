import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second factor (issue 25): a person's TOTP secret (sealed), their single-use recovery codes (keyed
 * hashes), the pending second sign-in step, and the association setting that requires a second factor
 * of those who can act on money, roles and rules.
 */
export class SecondFactor1796720500000 implements MigrationInterface {
  name = 'SecondFactor1796720500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "second_factors" ("userId" uuid NOT NULL, "sealedSecret" text NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, "lastUsedStep" bigint, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1db737aa2fccdc69fa7242d1875" PRIMARY KEY ("userId"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "second_factors" ADD CONSTRAINT "FK_1db737aa2fccdc69fa7242d1875" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "codeHash" text NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "recovery_codes_user_code" ON "recovery_codes" ("userId", "codeHash")`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_5ab5f51b1ca8fcc0073d76fd3d9" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "second_factor_steps" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "userId" uuid NOT NULL, "tokenHash" text NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ad6ea001297f1b16df155401cf8" UNIQUE ("tokenHash"), CONSTRAINT "PK_e19f048cb9622a00b2bdaf696d3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_27356842fbe55547c2557c81ad" ON "second_factor_steps" ("userId")`);
    await queryRunner.query(
      `ALTER TABLE "second_factor_steps" ADD CONSTRAINT "FK_27356842fbe55547c2557c81ad9" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "associations" ADD "secondFactorRequired" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "associations" DROP COLUMN "secondFactorRequired"`);
    await queryRunner.query(`DROP TABLE "second_factor_steps"`);
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`DROP TABLE "second_factors"`);
  }
}
