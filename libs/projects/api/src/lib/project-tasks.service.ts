import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import { ProjectStatus, sortTasks, TaskKind, taskProblems, tasksEditable } from '@assoc/projects-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectAccess } from './project-access.service';
import { ProjectNotifier } from './project-notifier.service';
import { assertNoProblems } from './project-problems';
import { CreateProjectTaskInput, ProjectTaskFieldsInput, UpdateProjectTaskInput } from './project-task.inputs';
import { ProjectTaskEntity } from './project-task.entity';
import { ProjectEntity } from './project.entity';

/** A project milestone as the association's calendar shows it. */
export interface ProjectMilestone {
  id: string;
  projectId: string;
  projectTitle: string;
  title: string;
  /** "2026-12-24", a day in the association's time zone. */
  dueDate: string;
  doneAt: Date | null;
}

/**
 * A project's plan: tasks and milestones with assignees and due days. Everyone who sees the project
 * reads it; its author, the president and board, and its assigned consultants write it; an assignee
 * may also tick their own task done. The plan changes until the project is closed, rejected or
 * cancelled.
 */
@Injectable()
export class ProjectTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly notifier: ProjectNotifier,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  /**
   * The milestones due on days in [fromDay, toDay] of the projects the caller sees (consultants:
   * assigned ones), projects rejected or cancelled left out: what the association's calendar shows.
   */
  async milestonesBetween(member: CurrentMember, fromDay: string, toDay: string): Promise<ProjectMilestone[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ProjectTaskEntity, 't')
      .innerJoin(ProjectEntity, 'p', 'p.id = t."projectId"')
      .select([
        't.id AS id',
        't."projectId" AS "projectId"',
        'p.title AS "projectTitle"',
        't.title AS title',
        `to_char(t."dueDate", 'YYYY-MM-DD') AS "dueDate"`,
        't."doneAt" AS "doneAt"',
      ])
      .where('t."associationId" = :associationId AND t.kind = :kind AND t."dueDate" BETWEEN :fromDay AND :toDay', {
        associationId: member.associationId,
        kind: TaskKind.MILESTONE,
        fromDay,
        toDay,
      })
      .andWhere('p.status NOT IN (:...gone)', { gone: [ProjectStatus.REJECTED, ProjectStatus.CANCELLED] });
    if (member.role === Role.CONSULTANT)
      query.andWhere(
        'EXISTS (SELECT 1 FROM project_consultants c WHERE c."projectId" = p.id AND c."membershipId" = :me)',
        { me: member.membershipId },
      );
    return query.orderBy('t."dueDate"').addOrderBy('t.id').getRawMany<ProjectMilestone>();
  }

  async list(member: CurrentMember, projectId: string): Promise<ProjectTaskEntity[]> {
    const project = await this.access.get(this.dataSource.manager, member, projectId);
    return sortTasks(await this.dataSource.manager.find(ProjectTaskEntity, { where: { projectId: project.id } }));
  }

  async create(member: CurrentMember, input: CreateProjectTaskInput): Promise<ProjectTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.writableProject(manager, member, input.projectId);
      const fields = await this.checkedFields(manager, project, input);
      const task = await manager.save(
        manager.create(ProjectTaskEntity, {
          associationId: project.associationId,
          projectId: project.id,
          createdByMembershipId: member.membershipId,
          ...fields,
        }),
      );
      if (task.assigneeMembershipId)
        await this.notifier.taskAssigned(manager, project, task.assigneeMembershipId, member.membershipId, task.title);
      return task;
    });
  }

  async update(member: CurrentMember, input: UpdateProjectTaskInput): Promise<ProjectTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.task(manager, member, input.id);
      const project = await this.writableProject(manager, member, task.projectId);
      const fields = await this.checkedFields(manager, project, input);
      const newAssignee =
        fields.assigneeMembershipId && fields.assigneeMembershipId !== task.assigneeMembershipId
          ? fields.assigneeMembershipId
          : null;
      Object.assign(task, fields, { updatedAt: this.clock.now() });
      await manager.save(task);
      if (newAssignee) await this.notifier.taskAssigned(manager, project, newAssignee, member.membershipId, task.title);
      return task;
    });
  }

  /** Ticks a task done (or not done again): the plan's writers, or the task's assignee. */
  async setDone(member: CurrentMember, id: string, done: boolean): Promise<ProjectTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.task(manager, member, id);
      const project = await this.access.get(manager, member, task.projectId);
      if (task.assigneeMembershipId !== member.membershipId) this.access.assertMayEdit(member, project);
      this.assertPlanOpen(project);
      if (done === !!task.doneAt) return task;
      const now = this.clock.now();
      Object.assign(
        task,
        done ? { doneAt: now, doneByMembershipId: member.membershipId } : { doneAt: null, doneByMembershipId: null },
        { updatedAt: now },
      );
      return manager.save(task);
    });
  }

  async remove(member: CurrentMember, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.task(manager, member, id);
      await this.writableProject(manager, member, task.projectId);
      await manager.delete(ProjectTaskEntity, { id: task.id });
      return task.id;
    });
  }

  /** The task, locked, if its project is visible to the caller; NOT_FOUND otherwise. */
  private async task(manager: EntityManager, member: CurrentMember, id: string): Promise<ProjectTaskEntity> {
    const task = await manager.findOne(ProjectTaskEntity, {
      where: { id, associationId: member.associationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!task) throw AppError.notFound();
    await this.access.get(manager, member, task.projectId);
    return task;
  }

  private async writableProject(
    manager: EntityManager,
    member: CurrentMember,
    projectId: string,
  ): Promise<ProjectEntity> {
    const project = await this.access.get(manager, member, projectId);
    this.access.assertMayEdit(member, project);
    this.assertPlanOpen(project);
    return project;
  }

  private assertPlanOpen(project: ProjectEntity): void {
    if (!tasksEditable(project.status)) throw AppError.conflict('projectId', 'tasksFrozen');
  }

  private async checkedFields(
    manager: EntityManager,
    project: ProjectEntity,
    input: ProjectTaskFieldsInput,
  ): Promise<Pick<ProjectTaskEntity, 'kind' | 'title' | 'notes' | 'dueDate' | 'assigneeMembershipId'>> {
    assertNoProblems(taskProblems(input));
    const assignee = input.assigneeMembershipId ?? null;
    if (assignee && !(await this.mayBeAssigned(manager, project, assignee)))
      throw AppError.field('assigneeMembershipId', 'assigneeNotAllowed');
    return {
      kind: input.kind,
      title: input.title.trim(),
      notes: (input.notes ?? '').trim(),
      dueDate: input.dueDate ?? null,
      assigneeMembershipId: assignee,
    };
  }

  /** An active member of the project's association; a consultant only if assigned to this project. */
  private async mayBeAssigned(manager: EntityManager, project: ProjectEntity, membershipId: string): Promise<boolean> {
    const [membership] = await this.memberships.activeRoles(project.associationId, [membershipId], manager);
    if (!membership) return false;
    return membership.role !== Role.CONSULTANT || this.access.isAssigned(manager, project.id, membershipId);
  }
}
