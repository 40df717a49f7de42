import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';
import { ReactionSummaryModel } from './reaction-summary.model';
import { ReactionsService } from './reactions.service';

/** Reaction counts and the caller's own reactions for a page of posts: one grouped query per request. */
export function postReactionsLoader(req: HttpRequest, reactions: ReactionsService, viewer: CurrentMember) {
  return requestLoader<string, ReactionSummaryModel[]>(
    req,
    `network:reactions:${viewer.associationId}:${viewer.membershipId}`,
    (postIds) => reactions.summaries(viewer, postIds),
  );
}
