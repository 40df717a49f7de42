import { Injectable } from '@nestjs/common';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import { EntityManager } from 'typeorm';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectEntity } from './project.entity';

/**
 * Which projects a member may see and touch. Everyone in the association sees every project,
 * except consultants, who see only the projects they are assigned to; a project of another
 * association, or one a consultant is not assigned to, is NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class ProjectAccess {
  /** The project, visible to the caller; locked FOR UPDATE when asked (serialises opt-ins, votes closing, ledger writes). */
  async get(manager: EntityManager, member: CurrentMember, id: string, lock = false): Promise<ProjectEntity> {
    const project = await manager.findOne(ProjectEntity, {
      where: { id, associationId: member.associationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!project) throw AppError.notFound();
    if (member.role === Role.CONSULTANT && !(await this.isAssigned(manager, project.id, member.membershipId)))
      throw AppError.notFound();
    return project;
  }

  async isAssigned(manager: EntityManager, projectId: string, membershipId: string): Promise<boolean> {
    return (await manager.count(ProjectConsultantEntity, { where: { projectId, membershipId } })) > 0;
  }

  /** The author, the president and board, and (being assigned, checked by `get`) consultants edit a draft. */
  assertMayEdit(member: CurrentMember, project: ProjectEntity): void {
    const mayEdit =
      project.authorMembershipId === member.membershipId ||
      member.role === Role.PRESIDENT ||
      member.role === Role.BOARD ||
      member.role === Role.CONSULTANT;
    if (!mayEdit) throw AppError.forbidden();
  }
}
