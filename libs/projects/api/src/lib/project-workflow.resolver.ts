import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AppError, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { isCents } from '@assoc/shared-util';
import { ProjectEvent, VoteChoice } from '@assoc/projects-domain';
import { ProjectLifecycleService } from './project-lifecycle.service';
import { toProjectModel } from './project.mapper';
import { ProjectCommentModel, ProjectModel } from './project.models';
import { ProjectParticipationService } from './project-participation.service';
import { ProjectVotesService } from './project-votes.service';

/** Proposal, vote, discussion, opt-in and the president's status changes. */
@Resolver()
export class ProjectWorkflowResolver {
  constructor(
    private readonly votes: ProjectVotesService,
    private readonly participation: ProjectParticipationService,
    private readonly lifecycle: ProjectLifecycleService,
  ) {}

  @Allow(Permission.ProposeProject)
  @Mutation(() => ProjectModel, { description: 'DRAFT → PROPOSED: opens the members’ vote until voteDeadline.' })
  async proposeProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('voteDeadline', { type: () => Date }) voteDeadline: Date,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.votes.propose(member, id, voteDeadline));
  }

  @Allow(Permission.VoteProject)
  @Mutation(() => ProjectModel, { description: 'One vote per member, changeable until the deadline.' })
  async castVote(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Args('choice', { type: () => VoteChoice }) choice: VoteChoice,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.votes.cast(member, projectId, choice));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel, { description: 'Closes the vote early, only once the outcome can no longer change.' })
  async closeVote(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.votes.closeEarly(member, projectId));
  }

  @Allow(Permission.ViewProjects)
  @Query(() => [ProjectCommentModel], { description: 'The project’s discussion, oldest first.' })
  async projectComments(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectCommentModel[]> {
    return this.votes.comments(member, projectId);
  }

  @Allow(Permission.ViewProjects)
  @Mutation(() => ProjectCommentModel)
  async commentProject(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Args('text') text: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectCommentModel> {
    if (text.length > 5000) throw AppError.field('text', 'maxLength', { max: 5000 });
    return this.votes.comment(member, projectId, text);
  }

  @Allow(Permission.JoinProject)
  @Mutation(() => ProjectModel, { description: 'Opt in while APPROVED_OPEN, with an optional pledge (integer cents).' })
  async joinProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('pledgeCents', { type: () => Float, nullable: true }) pledgeCents: number | null,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    if (pledgeCents != null && (!isCents(pledgeCents) || pledgeCents < 1))
      throw AppError.field('pledgeCents', 'min', { min: 1 });
    return toProjectModel(await this.participation.join(member, id, pledgeCents));
  }

  @Allow(Permission.JoinProject)
  @Mutation(() => ProjectModel)
  async leaveProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.participation.leave(member, id));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel, { description: 'FUNDED → ACTIVE.' })
  async startProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.lifecycle.send(member, id, ProjectEvent.START));
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ProjectModel, {
    description:
      'DRAFT, PROPOSED or APPROVED_OPEN → CANCELLED, by the president, the board or the author: nobody owes anything.',
  })
  async cancelProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.lifecycle.cancel(member, id));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel, { description: 'ACTIVE → CLOSED.' })
  async closeProject(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.lifecycle.send(member, id, ProjectEvent.CLOSE));
  }
}
