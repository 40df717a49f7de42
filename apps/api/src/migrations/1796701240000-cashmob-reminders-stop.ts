import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person signed up to a cashmob can stop its reminders in one click from a reminder (List-Unsubscribe). */
export class CashmobRemindersStop1796701240000 implements MigrationInterface {
  name = 'CashmobRemindersStop1796701240000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cashmob_sign_ups" ADD "remindersStoppedAt" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cashmob_sign_ups" DROP COLUMN "remindersStoppedAt"`);
  }
}
