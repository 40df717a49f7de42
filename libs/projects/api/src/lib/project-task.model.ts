import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TaskKind } from '@assoc/projects-domain';
import { ProjectTaskEntity } from './project-task.entity';

@ObjectType('ProjectTask')
export class ProjectTaskModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => TaskKind) kind!: TaskKind;
  @Field() title!: string;
  @Field() notes!: string;
  @Field(() => String, { nullable: true, description: 'A calendar day in the association’s time zone.' }) dueDate!:
    string | null;
  @Field(() => ID, { nullable: true }) assigneeMembershipId!: string | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => ID, { nullable: true }) doneByMembershipId!: string | null;
  @Field() createdAt!: Date;
}

export function toProjectTaskModel(t: ProjectTaskEntity): ProjectTaskModel {
  return {
    id: t.id,
    projectId: t.projectId,
    kind: t.kind,
    title: t.title,
    notes: t.notes,
    dueDate: t.dueDate,
    assigneeMembershipId: t.assigneeMembershipId,
    doneAt: t.doneAt,
    doneByMembershipId: t.doneByMembershipId,
    createdAt: t.createdAt,
  };
}
