import { Injectable } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { NotificationKind, ProjectOutcome } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { Role } from '@assoc/platform-domain';
import { ProjectEvent } from '@assoc/projects-domain';
import { EntityManager } from 'typeorm';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectEntity } from './project.entity';

const OUTCOMES: Partial<Record<ProjectEvent, ProjectOutcome>> = {
  [ProjectEvent.VOTE_APPROVED]: 'APPROVED',
  [ProjectEvent.VOTE_REJECTED]: 'REJECTED',
  [ProjectEvent.FUNDING_REACHED]: 'FUNDED',
  [ProjectEvent.FUNDING_MISSED]: 'CANCELLED',
  [ProjectEvent.CANCEL]: 'CANCELLED',
};

/**
 * Who hears about a project, inside the transaction that changes it:
 * - opened to the vote: every member who may vote;
 * - vote closed: every member who may vote, the author and the assigned consultants;
 * - funded or cancelled at the deadline: the participants, the author and the assigned consultants;
 * - cancelled by someone once proposed: every member who may vote (a draft's cancelling tells nobody);
 * - a task assigned: its assignee;
 * - an expense awaiting a second signature: the president and board, but the member who recorded it.
 */
@Injectable()
export class ProjectNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly memberships: MembershipReads,
  ) {}

  async statusChanged(
    manager: EntityManager,
    project: ProjectEntity,
    event: ProjectEvent,
    actorMembershipId: string | null,
  ): Promise<void> {
    if (event === ProjectEvent.PROPOSE) {
      await this.emit(
        manager,
        project,
        NotificationKind.PROJECT_PROPOSED,
        await this.voters(manager, project),
        actorMembershipId,
      );
      return;
    }
    const outcome = OUTCOMES[event];
    if (!outcome || (event === ProjectEvent.CANCEL && !project.proposedAt)) return;
    const vote =
      event === ProjectEvent.VOTE_APPROVED || event === ProjectEvent.VOTE_REJECTED || event === ProjectEvent.CANCEL;
    const audience = vote ? await this.voters(manager, project) : await this.participants(manager, project);
    const recipients = [...audience, project.authorMembershipId, ...(await this.consultants(manager, project))];
    await this.emit(manager, project, NotificationKind.PROJECT_DECIDED, recipients, actorMembershipId, outcome);
  }

  async taskAssigned(
    manager: EntityManager,
    project: ProjectEntity,
    assigneeMembershipId: string,
    actorMembershipId: string,
    taskTitle: string,
  ): Promise<void> {
    await this.notifications.emit(manager, {
      associationId: project.associationId,
      kind: NotificationKind.PROJECT_TASK_ASSIGNED,
      recipientMembershipIds: [assigneeMembershipId],
      actorMembershipId,
      subject: { type: 'PROJECT', id: project.id },
      data: { excerpt: `${project.title} — ${taskTitle}` },
    });
  }

  async expenseAwaitsSignature(
    manager: EntityManager,
    project: ProjectEntity,
    recordedByMembershipId: string,
    excerpt: string,
  ): Promise<void> {
    const board = (await this.memberships.activeRoles(project.associationId, null, manager))
      .filter((m) => (m.role === Role.PRESIDENT || m.role === Role.BOARD) && m.id !== recordedByMembershipId)
      .map((m) => m.id);
    await this.notifications.emit(manager, {
      associationId: project.associationId,
      kind: NotificationKind.PROJECT_EXPENSE_TO_SIGN,
      recipientMembershipIds: board,
      actorMembershipId: recordedByMembershipId,
      subject: { type: 'PROJECT', id: project.id },
      data: { excerpt: `${project.title} — ${excerpt}` },
    });
  }

  private async emit(
    manager: EntityManager,
    project: ProjectEntity,
    kind: NotificationKind,
    recipients: string[],
    actorMembershipId: string | null,
    outcome?: ProjectOutcome,
  ): Promise<void> {
    await this.notifications.emit(manager, {
      associationId: project.associationId,
      kind,
      recipientMembershipIds: recipients,
      actorMembershipId,
      subject: { type: 'PROJECT', id: project.id },
      data: { excerpt: project.title, ...(outcome ? { outcome } : {}) },
    });
  }

  private async voters(manager: EntityManager, project: ProjectEntity): Promise<string[]> {
    const members = await this.memberships.activeRoles(project.associationId, null, manager);
    return members.filter((m) => m.role !== Role.CONSULTANT).map((m) => m.id);
  }

  private async participants(manager: EntityManager, project: ProjectEntity): Promise<string[]> {
    const rows = await manager.find(ProjectParticipantEntity, {
      select: { membershipId: true },
      where: { projectId: project.id },
    });
    return rows.map((r) => r.membershipId);
  }

  private async consultants(manager: EntityManager, project: ProjectEntity): Promise<string[]> {
    const rows = await manager.find(ProjectConsultantEntity, {
      select: { membershipId: true },
      where: { projectId: project.id },
    });
    return rows.map((r) => r.membershipId);
  }
}
