import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { acceptsOptIn } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';
import { ProjectAccess } from './project-access.service';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectEntity } from './project.entity';

/**
 * Opting in and out while APPROVED_OPEN. Each opt-in locks the project row (FOR UPDATE), the same
 * lock the deadline job takes before freezing shares, so no opt-in slips in after the freeze and
 * concurrent opt-ins are serialised; (project, membership) is unique in the database.
 */
@Injectable()
export class ProjectParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly clock: Clock,
  ) {}

  join(member: CurrentMember, projectId: string, pledgeCents: number | null | undefined): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.openProject(manager, member, projectId, this.clock.now());
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectParticipantEntity)
        .values({
          associationId: member.associationId,
          projectId,
          membershipId: member.membershipId,
          pledgeCents: pledgeCents ?? null,
          shareCents: null,
        })
        .orUpdate(['pledgeCents'], ['projectId', 'membershipId'])
        .execute();
      return project;
    });
  }

  leave(member: CurrentMember, projectId: string): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.openProject(manager, member, projectId, this.clock.now());
      const removed = await manager.delete(ProjectParticipantEntity, { projectId, membershipId: member.membershipId });
      if (!removed.affected) throw AppError.field('projectId', 'notParticipant');
      return project;
    });
  }

  private async openProject(
    manager: import('typeorm').EntityManager,
    member: CurrentMember,
    projectId: string,
    now: Date,
  ): Promise<ProjectEntity> {
    const project = await this.access.get(manager, member, projectId, true);
    if (!acceptsOptIn(project.status) || (project.joinDeadline && project.joinDeadline <= now))
      throw AppError.field('projectId', 'notOpenForJoining');
    return project;
  }
}
