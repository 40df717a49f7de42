import { Injectable } from '@nestjs/common';
import { CurrentMember } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { ProjectAuditEntity } from './project-audit.entity';

/** The audit trail: one row per status or money change, written with the change. */
@Injectable()
export class ProjectAuditService {
  record(
    manager: EntityManager,
    at: { associationId: string; projectId: string; actorMembershipId: string | null },
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<ProjectAuditEntity> {
    return manager.save(manager.create(ProjectAuditEntity, { ...at, action, before, after }));
  }

  list(manager: EntityManager, member: CurrentMember, projectId: string): Promise<ProjectAuditEntity[]> {
    return manager.find(ProjectAuditEntity, {
      where: { associationId: member.associationId, projectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
