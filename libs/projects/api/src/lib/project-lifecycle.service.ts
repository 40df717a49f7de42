import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import { ProjectEvent } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';
import { ProjectAccess } from './project-access.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectEntity } from './project.entity';

/**
 * Status changes asked by people: start (FUNDED → ACTIVE) and close (ACTIVE → CLOSED) by the
 * president or board; cancel (before funding, nobody owes anything) by them or the project's author.
 */
@Injectable()
export class ProjectLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly status: ProjectStatusService,
  ) {}

  send(
    member: CurrentMember,
    projectId: string,
    event: ProjectEvent.START | ProjectEvent.CLOSE,
  ): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) =>
      this.status.apply(manager, await this.access.get(manager, member, projectId, true), event, member.membershipId),
    );
  }

  cancel(member: CurrentMember, projectId: string): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      const mayCancel =
        member.role === Role.PRESIDENT ||
        member.role === Role.BOARD ||
        project.authorMembershipId === member.membershipId;
      if (!mayCancel) throw AppError.forbidden();
      return this.status.apply(manager, project, ProjectEvent.CANCEL, member.membershipId);
    });
  }
}
