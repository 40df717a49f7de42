import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { fundingDecision, ProjectEvent, ProjectStatus } from '@assoc/projects-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectSharesService } from './project-shares.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectVotesService } from './project-votes.service';
import { ProjectEntity } from './project.entity';

/**
 * The vote and join deadlines. Every instance runs it; each due project is taken in its own
 * transaction with `FOR UPDATE SKIP LOCKED` and its status re-checked under the lock, so a
 * project moves once even when several instances run at the same moment.
 * - PROPOSED past voteDeadline: the vote closes (APPROVED_OPEN or REJECTED, counts recorded).
 * - APPROVED_OPEN past joinDeadline: fundingDecision; FUNDED freezes each participant's share
 *   (summing exactly to the budget total incl. VAT), CANCELLED leaves nobody owing anything.
 */
@Injectable()
export class ProjectDeadlinesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly votes: ProjectVotesService,
    private readonly shares: ProjectSharesService,
    private readonly status: ProjectStatusService,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('ProjectDeadlines', (now) => this.run(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(this.config.DEADLINE_POLL_MS); // tests call run(now) themselves
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Moves every project whose deadline passed at `now`; returns how many this call moved. */
  async run(now: Date): Promise<number> {
    let moved = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [due] = await manager.query(
          `SELECT id FROM projects
            WHERE (status = $2 AND "voteDeadline" <= $1) OR (status = $3 AND "joinDeadline" <= $1)
            ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now, ProjectStatus.PROPOSED, ProjectStatus.APPROVED_OPEN],
        );
        if (!due) return false;
        const project = await manager.findOneByOrFail(ProjectEntity, { id: (due as { id: string }).id });
        if (project.status === ProjectStatus.PROPOSED) await this.votes.close(manager, project, null, now);
        else await this.decideFunding(manager, project, now);
        return true;
      });
      if (!done) return moved;
      moved++;
    }
  }

  private async decideFunding(manager: EntityManager, project: ProjectEntity, now: Date): Promise<void> {
    const participants = await this.shares.participants(manager, project.id);
    const decision = fundingDecision({
      participants: participants.length,
      pledgedCents: participants.reduce((sum, p) => sum + (p.pledgeCents ?? 0), 0),
      minParticipants: project.minParticipants,
      minPledgedCents: project.minPledgedCents,
    });
    const total = await this.shares.totalCents(manager, project.id);
    const shares =
      decision.status === ProjectStatus.FUNDED
        ? this.shares.liveShares(
            project,
            total,
            participants.map((p) => p.membershipId),
          )
        : null;
    if (!shares || !shares.ok) {
      const reasons = decision.status === ProjectStatus.CANCELLED ? decision.reasons : ['splitImpossible'];
      await this.status.apply(manager, project, ProjectEvent.FUNDING_MISSED, null, { frozenAt: now }, { reasons });
      return;
    }
    for (const share of shares.value)
      await manager.update(
        ProjectParticipantEntity,
        { projectId: project.id, membershipId: share.membershipId },
        { shareCents: share.cents },
      );
    await this.status.apply(
      manager,
      project,
      ProjectEvent.FUNDING_REACHED,
      null,
      { frozenAt: now },
      { totalCents: total, participants: shares.value.length },
    );
  }
}
