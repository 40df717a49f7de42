import { Injectable } from '@nestjs/common';
import { Clock } from '@assoc/platform-api';
import { ProjectEvent, transition } from '@assoc/projects-domain';
import { EntityManager } from 'typeorm';
import { ProjectAuditService } from './project-audit.service';
import { ProjectNotifier } from './project-notifier.service';
import { ProjectEntity } from './project.entity';
import { assertNoProblems } from './project-problems';

/**
 * The one way a project's status changes: the domain's `transition` decides, the new status and the
 * audit row are written with the caller's manager (inside its transaction, the project row locked),
 * and the people concerned are notified in the same transaction.
 */
@Injectable()
export class ProjectStatusService {
  constructor(
    private readonly audit: ProjectAuditService,
    private readonly notifier: ProjectNotifier,
    private readonly clock: Clock,
  ) {}

  async apply(
    manager: EntityManager,
    project: ProjectEntity,
    event: ProjectEvent,
    actorMembershipId: string | null,
    changes: Partial<ProjectEntity> = {},
    detail: Record<string, unknown> = {},
  ): Promise<ProjectEntity> {
    const next = transition(project.status, event);
    if (!next.ok) {
      assertNoProblems(next.problems);
      return project;
    }
    const before = project.status;
    Object.assign(project, changes, { status: next.value, updatedAt: this.clock.now() });
    await manager.update(
      ProjectEntity,
      { id: project.id },
      { ...changes, status: next.value, updatedAt: project.updatedAt },
    );
    await this.audit.record(
      manager,
      { associationId: project.associationId, projectId: project.id, actorMembershipId },
      'STATUS',
      { status: before },
      { status: next.value, event, ...detail },
    );
    await this.notifier.statusChanged(manager, project, event, actorMembershipId);
    return project;
  }
}
