import { CommunityProblem } from './ideas';

/**
 * The points the board sets for contributions (community settings), each a whole number from 0 (no
 * points) to `CONTRIBUTION_POINTS_MAX`.
 */
export interface ContributionPoints {
  /** The originator of an idea turned into a joint project or a campaign. */
  adoptedIdeaPoints: number;
  /** The author of an idea or a comment the board marks useful. */
  usefulContributionPoints: number;
  /** The author of a recommendation the shop marks helpful. */
  helpfulRecommendationPoints: number;
}

export const CONTRIBUTION_POINTS_MAX = 10_000;

export const DEFAULT_CONTRIBUTION_POINTS: Readonly<ContributionPoints> = {
  adoptedIdeaPoints: 50,
  usefulContributionPoints: 10,
  helpfulRecommendationPoints: 10,
};

export function contributionPointsProblems(
  points: Partial<Record<keyof ContributionPoints, unknown>>,
): CommunityProblem[] {
  const problems: CommunityProblem[] = [];
  for (const key of Object.keys(DEFAULT_CONTRIBUTION_POINTS) as (keyof ContributionPoints)[]) {
    const value = points[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ path: key, reason: 'isInt' });
    else if (value < 0) problems.push({ path: key, reason: 'min', params: { min: 0 } });
    else if (value > CONTRIBUTION_POINTS_MAX)
      problems.push({ path: key, reason: 'max', params: { max: CONTRIBUTION_POINTS_MAX } });
  }
  return problems;
}

/** What earned points, each once: the idempotency key given to the loyalty domain. */
export type ContributionEvent =
  | { kind: 'adoptedIdea'; ideaId: string }
  | { kind: 'usefulIdea'; ideaId: string }
  | { kind: 'usefulComment'; commentId: string }
  | { kind: 'helpfulRecommendation'; recommendationId: string };

export function contributionKey(event: ContributionEvent): string {
  switch (event.kind) {
    case 'adoptedIdea':
      return `community:idea-adopted:${event.ideaId}`;
    case 'usefulIdea':
      return `community:idea-useful:${event.ideaId}`;
    case 'usefulComment':
      return `community:comment-useful:${event.commentId}`;
    case 'helpfulRecommendation':
      return `community:recommendation-helpful:${event.recommendationId}`;
  }
}

/** The points an event earns under the board's settings. */
export function contributionPoints(event: ContributionEvent, settings: ContributionPoints): number {
  switch (event.kind) {
    case 'adoptedIdea':
      return settings.adoptedIdeaPoints;
    case 'usefulIdea':
    case 'usefulComment':
      return settings.usefulContributionPoints;
    case 'helpfulRecommendation':
      return settings.helpfulRecommendationPoints;
  }
}

/** A co-created product's share of its sales' points given back to the idea's originator: 1 to 100 %. */
export function sharePercentProblems(value: unknown): CommunityProblem[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [{ path: 'sharePercent', reason: 'isInt' }];
  if (value < 1) return [{ path: 'sharePercent', reason: 'min', params: { min: 1 } }];
  if (value > 100) return [{ path: 'sharePercent', reason: 'max', params: { max: 100 } }];
  return [];
}

/** A recommendation's moderation: PENDING until the board publishes or rejects it. */
export enum RecommendationStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}
