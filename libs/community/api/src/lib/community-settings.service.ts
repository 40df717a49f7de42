import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContributionPoints, contributionPointsProblems } from '@assoc/community-domain';
import { Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { assertNoProblems } from './community-problems';
import { CommunitySettingsEntity } from './community-settings.entity';
import { ContributionRewards } from './contribution-rewards.service';

/** The board's contribution points: read (defaults until set) and changed (one row, upserted). */
@Injectable()
export class CommunitySettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rewards: ContributionRewards,
    private readonly clock: Clock,
  ) {}

  get(associationId: string): Promise<ContributionPoints> {
    return this.rewards.settings(this.dataSource.manager, associationId);
  }

  async update(board: CurrentMember, input: Partial<ContributionPoints>): Promise<ContributionPoints> {
    assertNoProblems(contributionPointsProblems(input));
    return this.dataSource.transaction(async (manager) => {
      const current = await this.rewards.settings(manager, board.associationId);
      const next: ContributionPoints = {
        adoptedIdeaPoints: input.adoptedIdeaPoints ?? current.adoptedIdeaPoints,
        usefulContributionPoints: input.usefulContributionPoints ?? current.usefulContributionPoints,
        helpfulRecommendationPoints: input.helpfulRecommendationPoints ?? current.helpfulRecommendationPoints,
      };
      await manager
        .createQueryBuilder()
        .insert()
        .into(CommunitySettingsEntity)
        .values({ associationId: board.associationId, ...next, updatedAt: this.clock.now() })
        .orUpdate(
          ['adoptedIdeaPoints', 'usefulContributionPoints', 'helpfulRecommendationPoints', 'updatedAt'],
          ['associationId'],
        )
        .execute();
      return next;
    });
  }
}
