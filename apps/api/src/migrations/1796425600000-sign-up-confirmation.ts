import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups wait for their e-mail to be confirmed (pending_sign_ups); log-in failures are counted in
 * the shared rate_limits table, so login_failures goes.
 */
export class SignUpConfirmation1796700600000 implements MigrationInterface {
  name = 'SignUpConfirmation1796700600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pending_sign_ups" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" text NOT NULL, "name" text NOT NULL, "passwordHash" text NOT NULL, "locale" "public"."locale" NOT NULL DEFAULT 'FR', "tokenHash" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_dd01f4edbfde134ed776f501ae4" UNIQUE ("tokenHash"), CONSTRAINT "PK_c584be359be056beafdb63a70c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0b2016da9f9175c0000251c05c" ON "pending_sign_ups" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_1ed7d97591300c875beafadd9a" ON "pending_sign_ups" ("expiresAt") `);
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" text NOT NULL, "ip" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c66bda47e526fc54db368b7ba1" ON "login_failures" ("ip", "createdAt") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_66be2c2a5da408f357a885d201" ON "login_failures" ("email", "createdAt") `,
    );
    await queryRunner.query(`DROP TABLE "pending_sign_ups"`);
  }
}
