import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember } from '@assoc/platform-api';
import { ProjectEvent } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';
import { ProjectAccess } from './project-access.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectEntity } from './project.entity';

/** Status changes asked by the president or board: start (FUNDED → ACTIVE) and close (ACTIVE → CLOSED). */
@Injectable()
export class ProjectLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly status: ProjectStatusService,
  ) {}

  send(member: CurrentMember, projectId: string, event: ProjectEvent.START | ProjectEvent.CLOSE): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => this.status.apply(manager, await this.access.get(manager, member, projectId, true), event, member.membershipId));
  }
}
