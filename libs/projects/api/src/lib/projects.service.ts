import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import {
  budgetLineProblems,
  budgetTotals,
  computeShares,
  isEditable,
  ProjectProblem,
  ProjectStatus,
  SplitRule,
  SplitRuleKind,
} from '@assoc/projects-domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { BudgetLineEntity } from './budget-line.entity';
import { ProjectAccess } from './project-access.service';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { BudgetLineInput, CreateProjectInput, SplitRuleInput, UpdateProjectInput } from './project.inputs';
import { ProjectEntity } from './project.entity';
import { newDraft } from './new-draft';
import { assertNoProblems, problemsError } from './project-problems';

const SOMEONE_ELSE = '\uffff';

/** Drafting projects: create, edit while DRAFT, assign consultants, list and read. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  get(member: CurrentMember, id: string): Promise<ProjectEntity> {
    return this.access.get(this.dataSource.manager, member, id);
  }

  /** Newest first, keyset-paginated on (createdAt, id); consultants get only their assigned projects. */
  async list(
    member: CurrentMember,
    status: ProjectStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<{ nodes: ProjectEntity[]; endCursor: string | null; hasNextPage: boolean }> {
    const query = this.dataSource.manager
      .createQueryBuilder(ProjectEntity, 'p')
      .where('p."associationId" = :associationId', { associationId: member.associationId });
    if (status) query.andWhere('p.status = :status', { status });
    if (member.role === Role.CONSULTANT) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM project_consultants c WHERE c."projectId" = p.id AND c."membershipId" = :me)',
        { me: member.membershipId },
      );
    }
    if (after) {
      const cursor = decodeCursor(after, 2);
      if (!cursor) throw AppError.field('after', 'invalid');
      query.andWhere(
        new Brackets((b) =>
          b.where('(p."createdAt", p.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] }),
        ),
      );
    }
    const rows = await query
      .orderBy('p."createdAt"', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async create(member: CurrentMember, input: CreateProjectInput): Promise<ProjectEntity> {
    this.assertDeadlineAhead(input.joinDeadline);
    return this.dataSource.transaction(async (manager) => {
      const title = this.title(input.title);
      const rule = await this.checkedDraft(manager, member, input.budgetLines, input.splitRule);
      const project = await manager.save(
        manager.create(
          ProjectEntity,
          newDraft({
            associationId: member.associationId,
            title,
            description: input.description.trim(),
            category: input.category,
            splitRule: rule,
            minParticipants: input.minParticipants,
            minPledgedCents: input.minPledgedCents,
            joinDeadline: input.joinDeadline,
            authorMembershipId: member.membershipId,
          }),
        ),
      );
      await this.saveLines(manager, project, input.budgetLines);
      // A consultant drafting a project is assigned to it, so they keep seeing it.
      if (member.role === Role.CONSULTANT)
        await manager.insert(ProjectConsultantEntity, {
          associationId: member.associationId,
          projectId: project.id,
          membershipId: member.membershipId,
        });
      return project;
    });
  }

  async update(member: CurrentMember, input: UpdateProjectInput): Promise<ProjectEntity> {
    this.assertDeadlineAhead(input.joinDeadline);
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, input.id, true);
      this.access.assertMayEdit(member, project);
      if (!isEditable(project.status)) throw AppError.field('id', 'notEditable');
      const lines = input.budgetLines ?? (await this.lines(manager, project.id));
      const rule = await this.checkedDraft(manager, member, lines, input.splitRule ?? toRuleInput(project.splitRule));
      const changes: Partial<ProjectEntity> = { splitRule: rule, updatedAt: this.clock.now() };
      if (input.title !== undefined) changes.title = this.title(input.title);
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.category !== undefined) changes.category = input.category;
      if (input.minParticipants !== undefined) changes.minParticipants = input.minParticipants;
      if (input.minPledgedCents !== undefined) changes.minPledgedCents = input.minPledgedCents;
      if (input.joinDeadline !== undefined) changes.joinDeadline = input.joinDeadline;
      await manager.update(ProjectEntity, { id: project.id }, changes);
      if (input.budgetLines) {
        await manager.delete(BudgetLineEntity, { projectId: project.id });
        await this.saveLines(manager, project, input.budgetLines);
      }
      return Object.assign(project, changes);
    });
  }

  /** A join deadline, when one is set, must still be ahead: a draft never holds a deadline already past. */
  private assertDeadlineAhead(joinDeadline: Date | null | undefined): void {
    if (joinDeadline && joinDeadline <= this.clock.now()) throw AppError.field('joinDeadline', 'deadlineInPast');
  }

  async assignConsultant(
    member: CurrentMember,
    projectId: string,
    membershipId: string,
    assigned: boolean,
  ): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      const [consultant] = await this.memberships.activeRoles(member.associationId, [membershipId], manager);
      if (!consultant || consultant.role !== Role.CONSULTANT) throw AppError.field('membershipId', 'notConsultant');
      if (assigned)
        await manager
          .createQueryBuilder()
          .insert()
          .into(ProjectConsultantEntity)
          .values({ associationId: member.associationId, projectId, membershipId })
          .orIgnore()
          .execute();
      else await manager.delete(ProjectConsultantEntity, { projectId, membershipId });
      return project;
    });
  }

  lines(manager: EntityManager, projectId: string): Promise<BudgetLineEntity[]> {
    return manager.find(BudgetLineEntity, { where: { projectId }, order: { position: 'ASC' } });
  }

  /** The budget lines of each project, in order (for the per-request loader). */
  async linesByProjects(associationId: string, projectIds: readonly string[]): Promise<BudgetLineEntity[][]> {
    const found = await this.dataSource.manager.find(BudgetLineEntity, {
      where: { associationId, projectId: In([...projectIds]) },
      order: { position: 'ASC' },
    });
    return projectIds.map((id) => found.filter((l) => l.projectId === id));
  }

  /** The consultants assigned to each project (for the per-request loader). */
  async consultantIdsByProjects(associationId: string, projectIds: readonly string[]): Promise<string[][]> {
    const found = await this.dataSource.manager.find(ProjectConsultantEntity, {
      where: { associationId, projectId: In([...projectIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return projectIds.map((id) => found.filter((c) => c.projectId === id).map((c) => c.membershipId));
  }

  private title(value: string): string {
    const title = value.trim();
    if (!title) throw AppError.field('title', 'isNotEmpty');
    return title;
  }

  /**
   * Checks the budget (budgetLineProblems) and the split rule against it (computeShares over the
   * people the rule names plus one more participant, so weights and fixed amounts are checked
   * without anyone having opted in yet); the rule may name only active members of the association.
   */
  private async checkedDraft(
    manager: EntityManager,
    member: CurrentMember,
    lines: readonly BudgetLineInput[],
    input: SplitRuleInput,
  ): Promise<SplitRule> {
    const problems: ProjectProblem[] = budgetLineProblems(lines).map((p) => ({
      ...p,
      path: ['budgetLines', p.path].filter(Boolean).join('.'),
    }));
    if (lines.length === 0) problems.push({ path: 'budgetLines', reason: 'required' });
    const rule = toRule(input);
    const named =
      rule.kind === SplitRuleKind.WEIGHTED
        ? rule.weights.map((w) => w.membershipId)
        : rule.kind === SplitRuleKind.FIXED_AND_EQUAL
          ? rule.fixed.map((f) => f.membershipId)
          : [];
    if (named.length) {
      const known = new Set(
        (await this.memberships.activeRoles(member.associationId, named, manager)).map((m) => m.id),
      );
      const list = rule.kind === SplitRuleKind.WEIGHTED ? 'weights' : 'fixed';
      named.forEach((id, i) => {
        if (!known.has(id))
          problems.push({ path: `splitRule.${list}.${i}.membershipId`, reason: 'unknownParticipant' });
      });
    }
    if (!problems.length) {
      const total = budgetTotals(lines).includingVatCents;
      const shares = computeShares(total, rule, [...new Set(named), SOMEONE_ELSE]);
      if (!shares.ok) problems.push(...shares.problems.map((p) => ({ ...p, path: `splitRule.${p.path}` })));
    }
    if (problems.length) throw problemsError(problems);
    return rule;
  }

  private async saveLines(
    manager: EntityManager,
    project: ProjectEntity,
    lines: readonly BudgetLineInput[],
  ): Promise<void> {
    assertNoProblems(budgetLineProblems(lines), 'budgetLines');
    await manager.insert(
      BudgetLineEntity,
      lines.map((line, position) => ({
        associationId: project.associationId,
        projectId: project.id,
        position,
        label: line.label.trim(),
        supplier: line.supplier?.trim() || null,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        vatRateBp: line.vatRateBp,
        soloPriceCents: line.soloPriceCents ?? null,
      })),
    );
  }
}

export function toRule(input: SplitRuleInput): SplitRule {
  switch (input.kind) {
    case SplitRuleKind.WEIGHTED:
      return {
        kind: SplitRuleKind.WEIGHTED,
        weights: (input.weights ?? []).map((w) => ({ membershipId: w.membershipId, weight: w.weight })),
        ...(input.defaultWeight != null ? { defaultWeight: input.defaultWeight } : {}),
      };
    case SplitRuleKind.FIXED_AND_EQUAL:
      return {
        kind: SplitRuleKind.FIXED_AND_EQUAL,
        fixed: (input.fixed ?? []).map((f) => ({ membershipId: f.membershipId, cents: f.cents })),
      };
    default:
      return { kind: SplitRuleKind.EQUAL };
  }
}

function toRuleInput(rule: SplitRule): SplitRuleInput {
  return Object.assign(new SplitRuleInput(), rule);
}
