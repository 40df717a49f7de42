import { Injectable } from '@nestjs/common';
import { budgetTotals, computeShares, ProjectResult, Share, SplitRule, SplitRuleKind } from '@assoc/projects-domain';
import { EntityManager, In } from 'typeorm';
import { BudgetLineEntity } from './budget-line.entity';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectEntity } from './project.entity';

/** The rule restricted to who takes part now (entries for people who have not opted in are left out). */
export function ruleFor(rule: SplitRule, participants: readonly string[]): SplitRule {
  const present = new Set(participants);
  if (rule.kind === SplitRuleKind.WEIGHTED)
    return { ...rule, weights: rule.weights.filter((w) => present.has(w.membershipId)) };
  if (rule.kind === SplitRuleKind.FIXED_AND_EQUAL)
    return { ...rule, fixed: rule.fixed.filter((f) => present.has(f.membershipId)) };
  return rule;
}

/** Shares: live (computeShares over the current participants) until funding, then the frozen ones. */
@Injectable()
export class ProjectSharesService {
  async participants(manager: EntityManager, projectId: string): Promise<ProjectParticipantEntity[]> {
    return manager.find(ProjectParticipantEntity, { where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async totalCents(manager: EntityManager, projectId: string): Promise<number> {
    return budgetTotals(await manager.find(BudgetLineEntity, { where: { projectId } })).includingVatCents;
  }

  /** Live shares over the given participants. */
  liveShares(project: ProjectEntity, totalCents: number, participantIds: readonly string[]): ProjectResult<Share[]> {
    return computeShares(totalCents, ruleFor(project.splitRule, participantIds), participantIds);
  }

  /** The shares as they stand: frozen ones once the project was funded, else live ones (empty when they cannot be computed). */
  async current(manager: EntityManager, project: ProjectEntity): Promise<{ shares: Share[]; live: boolean }> {
    return this.sharesOf(
      project,
      await this.totalCents(manager, project.id),
      await this.participants(manager, project.id),
    );
  }

  /** Same as `current`, from rows already loaded (for the per-request loaders). */
  sharesOf(
    project: ProjectEntity,
    totalCents: number,
    participants: readonly ProjectParticipantEntity[],
  ): { shares: Share[]; live: boolean } {
    if (project.frozenAt)
      return {
        shares: participants
          .filter((p) => p.shareCents != null)
          .map((p) => ({ membershipId: p.membershipId, cents: p.shareCents as number })),
        live: false,
      };
    const result = this.liveShares(
      project,
      totalCents,
      participants.map((p) => p.membershipId),
    );
    return { shares: result.ok ? result.value : [], live: true };
  }

  /** The participants of each project, in joining order (for the per-request loader). */
  async byProjects(
    manager: EntityManager,
    associationId: string,
    projectIds: readonly string[],
  ): Promise<ProjectParticipantEntity[][]> {
    const found = await manager.find(ProjectParticipantEntity, {
      where: { associationId, projectId: In([...projectIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return projectIds.map((id) => found.filter((p) => p.projectId === id));
  }
}
