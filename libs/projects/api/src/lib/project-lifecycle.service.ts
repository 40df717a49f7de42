import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import { LedgerApproval, ProjectEvent } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { ProjectAccess } from './project-access.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectEntity } from './project.entity';

/**
 * Status changes asked by people: start (FUNDED → ACTIVE) and close (ACTIVE → CLOSED) by the
 * president or board; cancel (before funding, nobody owes anything) by them or the project's author.
 * A project is not closed while an expense awaits its second signature: once closed, its ledger takes
 * no decision, so the expense would stay pending for ever (closePendingSignatures, naming how many).
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
    return this.dataSource.transaction(async (manager) => {
      // the project row is locked, as by every ledger write: no expense can be recorded meanwhile
      const project = await this.access.get(manager, member, projectId, true);
      if (event === ProjectEvent.CLOSE) {
        const count = await manager.count(LedgerEntryEntity, {
          where: { projectId: project.id, approval: LedgerApproval.PENDING },
        });
        if (count > 0) throw AppError.field('status', 'closePendingSignatures', { count });
      }
      return this.status.apply(manager, project, event, member.membershipId);
    });
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
