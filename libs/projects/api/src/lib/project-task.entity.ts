import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { TaskKind } from '@assoc/projects-domain';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** A task or milestone of a project's plan; `dueDate` is a calendar day in the association's time zone. */
@Entity('project_tasks')
@Index('project_tasks_of_project', ['projectId', 'dueDate'])
@Index('project_tasks_of_assignee', ['assigneeMembershipId'], { where: '"doneAt" IS NULL' })
export class ProjectTaskEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @Column({ type: 'enum', enum: TaskKind, enumName: 'project_task_kind' }) kind!: TaskKind;
  @Column('text') title!: string;
  @Column('text', { default: '' }) notes!: string;
  @Column('date', { nullable: true }) dueDate!: string | null;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) assigneeMembership?: MembershipEntity;
  @Column('uuid', { nullable: true }) assigneeMembershipId!: string | null;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) createdByMembership?: MembershipEntity;
  @Column('uuid') createdByMembershipId!: string;
  @Column('timestamptz', { nullable: true }) doneAt!: Date | null;
  @Column('uuid', { nullable: true }) doneByMembershipId!: string | null;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
