import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';
import { CommentsService } from './comments.service';

/** Visible comment counts of a page of posts: one grouped query per request. */
export function postCommentCountsLoader(req: HttpRequest, comments: CommentsService, viewer: CurrentMember) {
  return requestLoader<string, number>(req, `network:comment-counts:${viewer.associationId}`, (postIds) =>
    comments.countsOf(viewer.associationId, postIds),
  );
}
