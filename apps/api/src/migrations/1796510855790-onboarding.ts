import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Onboarding checklists (issue 16): when the president last saved the settings page, and when a person hid their
 * checklist in an association (kept on the membership).
 */
export class Onboarding1796720300000 implements MigrationInterface {
  name = 'Onboarding1796720300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "associations" ADD "settingsSavedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "onboardingDismissedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "onboardingDismissedAt"`);
    await queryRunner.query(`ALTER TABLE "associations" DROP COLUMN "settingsSavedAt"`);
  }
}
