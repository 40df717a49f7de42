import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, HttpRequest, Member, Permission, requestLoader, uuidArg } from '@assoc/platform-api';
import { budgetTotals, ProjectStatus, savings, soloTotalCents, VoteChoice } from '@assoc/projects-domain';
import { DataSource, In } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { BudgetLineEntity } from './budget-line.entity';
import { toProjectModel } from './project.mapper';
import {
  BudgetLineModel,
  BudgetTotalsModel,
  ProjectConnectionModel,
  ProjectFileModel,
  ProjectModel,
  ProjectShareModel,
  VoteResultModel,
} from './project.models';
import { CreateProjectInput, UpdateProjectInput } from './project.inputs';
import { ProjectsService } from './projects.service';
import { ProjectSharesService } from './project-shares.service';
import { ProjectVotesService } from './project-votes.service';
import { ProjectFileEntity, ProjectFileKind } from './project-file.entity';
import { ProjectEntity } from './project.entity';
import { ProjectParticipantEntity } from './project-participant.entity';

/** Projects: list, read, draft, consultants; the computed budget, shares, savings and vote. */
@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly shareService: ProjectSharesService,
    private readonly votes: ProjectVotesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow(Permission.ViewProjects)
  @Query(() => ProjectConnectionModel, {
    description: 'Newest first; consultants get only the projects they are assigned to.',
  })
  async projects(
    @Member() member: CurrentMember,
    @Args('status', { type: () => ProjectStatus, nullable: true }) status: ProjectStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context('req') req: HttpRequest,
  ): Promise<ProjectConnectionModel> {
    const page = await this.service.list(member, status, Math.min(Math.max(first, 1), 100), after);
    for (const entity of page.nodes) this.entities(member, req).prime(entity.id, entity);
    return {
      nodes: page.nodes.map(toProjectModel),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Allow(Permission.ViewProjects)
  @Query(() => ProjectModel)
  async project(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<ProjectModel> {
    const entity = await this.service.get(member, id);
    // The fields (shares, vote) read the project through the request's loader: it is already here.
    this.entities(member, req).prime(entity.id, entity);
    return toProjectModel(entity);
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ProjectModel)
  async createProject(
    @Args('input') input: CreateProjectInput,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.service.create(member, input));
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ProjectModel, {
    description: 'Only while DRAFT: by its author, the president or board, or an assigned consultant.',
  })
  async updateProject(
    @Args('input') input: UpdateProjectInput,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.service.update(member, input));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel)
  async assignConsultant(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Args('membershipId', { type: () => ID }, uuidArg('membershipId')) membershipId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.service.assignConsultant(member, projectId, membershipId, true));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel)
  async unassignConsultant(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Args('membershipId', { type: () => ID }, uuidArg('membershipId')) membershipId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.service.assignConsultant(member, projectId, membershipId, false));
  }

  @ResolveField(() => [BudgetLineModel])
  async budgetLines(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<BudgetLineModel[]> {
    const lines = await this.lines(project, member, req);
    const totals = budgetTotals(lines).lines;
    return lines.map((l, i) => ({ ...l, ...totals[i] }));
  }

  @ResolveField(() => BudgetTotalsModel)
  async totals(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<BudgetTotalsModel> {
    const lines = await this.lines(project, member, req);
    const totals = budgetTotals(lines);
    return {
      excludingVatCents: totals.excludingVatCents,
      vatCents: totals.vatCents,
      includingVatCents: totals.includingVatCents,
      byVatRate: totals.byVatRate,
      soloTotalCents: soloTotalCents(lines),
    };
  }

  @ResolveField(() => [ID], { description: 'Consultants assigned to the project.' })
  consultantIds(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<string[]> {
    return requestLoader<string, string[]>(req, 'projectConsultants', (ids) =>
      this.service.consultantIdsByProjects(member.associationId, ids),
    ).load(project.id);
  }

  @ResolveField(() => [ProjectFileModel])
  async quotes(@Parent() project: ProjectModel, @Member() member: CurrentMember): Promise<ProjectFileModel[]> {
    const files = await this.dataSource.manager.find(ProjectFileEntity, {
      where: { associationId: member.associationId, projectId: project.id, kind: ProjectFileKind.QUOTE },
      order: { createdAt: 'ASC' },
    });
    return files.map((f) => ({
      id: f.id,
      kind: f.kind,
      mimeType: f.mimeType,
      size: f.size,
      url: `/api/projects/${project.id}/files/${f.id}`,
    }));
  }

  @ResolveField(() => [ProjectShareModel], {
    description: 'Each participant’s share: live (current participants) until funded, then frozen.',
  })
  async shares(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<ProjectShareModel[]> {
    const { entity, lines, participants } = await this.loaded(project, member, req);
    const { shares, live } = this.shareService.sharesOf(entity, budgetTotals(lines).includingVatCents, participants);
    return shares.map((s) => ({
      membershipId: s.membershipId,
      cents: s.cents,
      savingCents: savings(lines, s.cents),
      live,
    }));
  }

  @ResolveField(() => ProjectShareModel, {
    nullable: true,
    description: 'The caller’s share if they take part (or would, if they joined now while open).',
  })
  async myShare(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<ProjectShareModel | null> {
    const { entity, lines, participants } = await this.loaded(project, member, req);
    const total = budgetTotals(lines).includingVatCents;
    const current = this.shareService.sharesOf(entity, total, participants);
    let share = current.shares.find((s) => s.membershipId === member.membershipId);
    if (!share && entity.status === ProjectStatus.APPROVED_OPEN) {
      const result = this.shareService.liveShares(entity, total, [
        ...participants.map((p) => p.membershipId),
        member.membershipId,
      ]);
      share = result.ok ? result.value.find((s) => s.membershipId === member.membershipId) : undefined;
    }
    return share
      ? {
          membershipId: share.membershipId,
          cents: share.cents,
          savingCents: savings(lines, share.cents),
          live: current.live,
        }
      : null;
  }

  @ResolveField(() => Boolean)
  async participating(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<boolean> {
    return (await this.participants(project, member, req)).some((p) => p.membershipId === member.membershipId);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'What the caller pledged when joining (integer cents), if they take part and pledged.',
  })
  async myPledgeCents(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<number | null> {
    return (
      (await this.participants(project, member, req)).find((p) => p.membershipId === member.membershipId)
        ?.pledgeCents ?? null
    );
  }

  @ResolveField(() => Float, {
    description: 'The participants’ pledges added up (integer cents), against minPledgedCents.',
  })
  async pledgedCents(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<number> {
    return (await this.participants(project, member, req)).reduce((sum, p) => sum + (p.pledgeCents ?? 0), 0);
  }

  @ResolveField(() => VoteResultModel, {
    nullable: true,
    description: 'The vote so far while PROPOSED, or the recorded result.',
  })
  async vote(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<VoteResultModel | null> {
    const entity = await this.entity(project, member, req);
    if (!entity.proposedAt) return null;
    const o = await this.votes.outcome(entity);
    return {
      for: o.for,
      against: o.against,
      abstain: o.abstain,
      memberCount: o.memberCount,
      quorumReached: o.quorumReached,
      approved: o.approved,
      decided: o.decided,
      closedAt: entity.voteClosedAt,
    };
  }

  @ResolveField(() => VoteChoice, { nullable: true })
  myVote(
    @Parent() project: ProjectModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<VoteChoice | null> {
    return requestLoader<string, VoteChoice | null>(req, 'projectMyVotes', (ids) =>
      this.votes.myVotes(member, ids),
    ).load(project.id);
  }

  private lines(project: ProjectModel, member: CurrentMember, req: HttpRequest): Promise<BudgetLineEntity[]> {
    return requestLoader<string, BudgetLineEntity[]>(req, 'projectBudgetLines', (ids) =>
      this.service.linesByProjects(member.associationId, ids),
    ).load(project.id);
  }

  private entity(project: ProjectModel, member: CurrentMember, req?: HttpRequest): Promise<ProjectEntity> {
    if (!req)
      return this.dataSource.manager.findOneByOrFail(ProjectEntity, {
        id: project.id,
        associationId: member.associationId,
      });
    return this.entities(member, req).load(project.id);
  }

  private entities(member: CurrentMember, req: HttpRequest) {
    return requestLoader<string, ProjectEntity>(req, 'projectEntities', async (ids) => {
      const found = new Map(
        (
          await this.dataSource.manager.find(ProjectEntity, {
            where: { associationId: member.associationId, id: In([...ids]) },
          })
        ).map((p) => [p.id, p]),
      );
      return ids.map((id) => found.get(id) as ProjectEntity);
    });
  }

  private participants(
    project: ProjectModel,
    member: CurrentMember,
    req: HttpRequest,
  ): Promise<ProjectParticipantEntity[]> {
    return requestLoader<string, ProjectParticipantEntity[]>(req, 'projectParticipants', (ids) =>
      this.shareService.byProjects(this.dataSource.manager, member.associationId, ids),
    ).load(project.id);
  }

  private async loaded(project: ProjectModel, member: CurrentMember, req: HttpRequest) {
    const [entity, lines, participants] = await Promise.all([
      this.entity(project, member, req),
      this.lines(project, member, req),
      this.participants(project, member, req),
    ]);
    return { entity, lines, participants };
  }
}
