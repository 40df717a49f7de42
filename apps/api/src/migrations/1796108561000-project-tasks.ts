import { MigrationInterface, QueryRunner } from 'typeorm';

const NEW_KINDS = ['PROJECT_PROPOSED', 'PROJECT_DECIDED', 'PROJECT_TASK_ASSIGNED'];
const OLD_KINDS = ['COMMENT_ON_MY_POST', 'REPLY_TO_MY_COMMENT', 'MENTION', 'ANNOUNCEMENT', 'MODERATION'];
const KIND_TABLES = ['notifications', 'notification_preferences', 'notification_unsubscribe_tokens'];

/** Tasks and milestones of joint projects; the projects' notification kinds. */
export class ProjectTasks1796107170656 implements MigrationInterface {
  name = 'ProjectTasks1796107170656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."project_task_kind" AS ENUM('TASK', 'MILESTONE')`);
    await queryRunner.query(
      `CREATE TABLE "project_tasks" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "associationId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "kind" "public"."project_task_kind" NOT NULL, "title" text NOT NULL, "notes" text NOT NULL DEFAULT '', "dueDate" date, "assigneeMembershipId" uuid, "createdByMembershipId" uuid NOT NULL, "doneAt" TIMESTAMP WITH TIME ZONE, "doneByMembershipId" uuid, "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1b6204912a6f44133df3a4518b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6e808a4e9dcb19edc0f3073106" ON "project_tasks"  ("associationId") `);
    await queryRunner.query(
      `CREATE INDEX "project_tasks_of_assignee" ON "project_tasks"  ("assigneeMembershipId") WHERE "doneAt" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "project_tasks_of_project" ON "project_tasks"  ("projectId", "dueDate") `);
    await queryRunner.query(
      `ALTER TABLE "project_tasks" ADD CONSTRAINT "FK_8691c10b6396e041f4b6d48f8a0" FOREIGN KEY ("projectId") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_tasks" ADD CONSTRAINT "FK_d1e99c3134b25ad96d7811beb86" FOREIGN KEY ("assigneeMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_tasks" ADD CONSTRAINT "FK_a70f3980c338beded3334ff6d56" FOREIGN KEY ("createdByMembershipId") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const kind of NEW_KINDS)
      await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS '${kind}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const newKinds = NEW_KINDS.map((k) => `'${k}'`).join(', ');
    for (const table of KIND_TABLES)
      await queryRunner.query(`DELETE FROM "${table}" WHERE "kind"::text IN (${newKinds})`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM(${OLD_KINDS.map((k) => `'${k}'`).join(', ')})`,
    );
    for (const table of KIND_TABLES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
      );
    }
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP TABLE "project_tasks"`);
    await queryRunner.query(`DROP TYPE "public"."project_task_kind"`);
  }
}
