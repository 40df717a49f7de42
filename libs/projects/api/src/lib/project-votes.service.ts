import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import {
  acceptsVotes,
  countVotes,
  ProjectEvent,
  VoteChoice,
  voteOutcome,
  VoteOutcome,
  VoteRules,
} from '@assoc/projects-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProjectAccess } from './project-access.service';
import { ProjectCommentEntity } from './project-comment.entity';
import { ProjectStatusService } from './project-status.service';
import { ProjectVoteEntity } from './project-vote.entity';
import { ProjectEntity } from './project.entity';

export const VOTING_ROLES = [Role.PRESIDENT, Role.BOARD, Role.MEMBER];

/** Proposal, votes, the discussion thread, and closing the vote (early by the president, or at the deadline by the job). */
@Injectable()
export class ProjectVotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly status: ProjectStatusService,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
    private readonly associations: AssociationReads,
  ) {}

  propose(member: CurrentMember, projectId: string, voteDeadline: Date): Promise<ProjectEntity> {
    const now = this.clock.now();
    if (voteDeadline <= now) throw AppError.field('voteDeadline', 'deadlineInPast');
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      // The join deadline is set in the draft and comes after the vote, so the deadline job can decide funding.
      if (!project.joinDeadline) throw AppError.field('joinDeadline', 'required');
      if (project.joinDeadline <= voteDeadline) throw AppError.field('voteDeadline', 'voteAfterJoinDeadline');
      return this.status.apply(manager, project, ProjectEvent.PROPOSE, member.membershipId, {
        proposedAt: now,
        voteDeadline,
      });
    });
  }

  /** One vote per member (unique index), changed in place until the deadline. */
  cast(member: CurrentMember, projectId: string, choice: VoteChoice): Promise<ProjectEntity> {
    const now = this.clock.now();
    if (!VOTING_ROLES.includes(member.role)) throw AppError.forbidden();
    return this.dataSource.transaction(async (manager) => {
      // The member's row first (FOR SHARE): a vote cannot land after the erasure of their account (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const project = await this.access.get(manager, member, projectId);
      await manager.query(`SELECT 1 FROM projects WHERE id = $1 FOR SHARE`, [projectId]);
      const fresh = await manager.findOneByOrFail(ProjectEntity, { id: projectId });
      if (!acceptsVotes(fresh.status) || !fresh.voteDeadline || fresh.voteDeadline <= now)
        throw AppError.field('choice', 'voteClosed');
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectVoteEntity)
        .values({
          associationId: member.associationId,
          projectId,
          membershipId: member.membershipId,
          choice,
          updatedAt: now,
        })
        .orUpdate(['choice', 'updatedAt'], ['projectId', 'membershipId'])
        .execute();
      return Object.assign(project, fresh);
    });
  }

  /** The caller's vote on each project (for the per-request loader). */
  async myVotes(member: CurrentMember, projectIds: readonly string[]): Promise<(VoteChoice | null)[]> {
    const found = await this.dataSource.manager.find(ProjectVoteEntity, {
      where: { associationId: member.associationId, membershipId: member.membershipId, projectId: In([...projectIds]) },
    });
    const byProject = new Map(found.map((v) => [v.projectId, v.choice]));
    return projectIds.map((id) => byProject.get(id) ?? null);
  }

  /** The outcome so far (or as recorded once closed). */
  async outcome(
    project: ProjectEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VoteOutcome & VoteRules & { for: number; against: number; abstain: number }> {
    if (project.voteClosedAt) {
      const rules = await this.rules(manager, project, project.voteMemberCount ?? 0);
      const counts = {
        for: project.votesFor ?? 0,
        against: project.votesAgainst ?? 0,
        abstain: project.votesAbstain ?? 0,
      };
      return { ...rules, ...counts, ...voteOutcome({ ...rules, ...counts }) };
    }
    const counts = await this.counts(manager, project.id);
    const rules = await this.rules(manager, project, await this.memberCount(manager, project.associationId));
    return { ...rules, ...counts, ...voteOutcome({ ...rules, ...counts }) };
  }

  /** The president closes early, only once the remaining voters can no longer change the outcome. */
  closeEarly(member: CurrentMember, projectId: string): Promise<ProjectEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      if (!acceptsVotes(project.status)) throw AppError.field('projectId', 'voteClosed');
      const outcome = await this.outcome(project, manager);
      if (!outcome.decided) throw AppError.field('projectId', 'voteNotDecided');
      return this.close(manager, project, member.membershipId, now);
    });
  }

  /**
   * Closes the vote of a locked PROPOSED project: counts the votes of members still active, takes
   * the quorum and majority from the association's settings and the active voting members now,
   * records the result and moves the project through `transition`.
   */
  async close(
    manager: EntityManager,
    project: ProjectEntity,
    actorMembershipId: string | null,
    now: Date,
  ): Promise<ProjectEntity> {
    const counts = await this.counts(manager, project.id);
    const rules = await this.rules(manager, project, await this.memberCount(manager, project.associationId));
    const outcome = voteOutcome({ ...rules, ...counts });
    const result = {
      votesFor: counts.for,
      votesAgainst: counts.against,
      votesAbstain: counts.abstain,
      voteMemberCount: rules.memberCount,
      quorumReached: outcome.quorumReached,
      voteClosedAt: now,
    };
    return this.status.apply(
      manager,
      project,
      outcome.approved ? ProjectEvent.VOTE_APPROVED : ProjectEvent.VOTE_REJECTED,
      actorMembershipId,
      result,
      { ...counts, memberCount: rules.memberCount },
    );
  }

  comment(member: CurrentMember, projectId: string, text: string): Promise<ProjectCommentEntity> {
    const body = text.trim();
    if (!body) throw AppError.field('text', 'isNotEmpty');
    return this.dataSource.transaction(async (manager) => {
      // The member's row first (FOR SHARE): a comment cannot land after the erasure of their account (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      await this.access.get(manager, member, projectId);
      return manager.save(
        manager.create(ProjectCommentEntity, {
          associationId: member.associationId,
          projectId,
          authorMembershipId: member.membershipId,
          text: body,
        }),
      );
    });
  }

  async comments(member: CurrentMember, projectId: string): Promise<ProjectCommentEntity[]> {
    await this.access.get(this.dataSource.manager, member, projectId);
    return this.dataSource.manager.find(ProjectCommentEntity, {
      where: { associationId: member.associationId, projectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async counts(manager: EntityManager, projectId: string) {
    const votes = await manager
      .createQueryBuilder(ProjectVoteEntity, 'v')
      .where('v."projectId" = :projectId', { projectId })
      .andWhere(this.memberships.activeSql('v."membershipId"', 'v."associationId"', 'votingRoles'), {
        votingRoles: VOTING_ROLES,
      })
      .getMany();
    return countVotes(votes.map((v) => v.choice));
  }

  private memberCount(manager: EntityManager, associationId: string): Promise<number> {
    return this.memberships.activeCount(associationId, VOTING_ROLES, manager);
  }

  private async rules(manager: EntityManager, project: ProjectEntity, memberCount: number): Promise<VoteRules> {
    return { memberCount, ...(await this.associations.votingRules(project.associationId, manager)) };
  }
}
