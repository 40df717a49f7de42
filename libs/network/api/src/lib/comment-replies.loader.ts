import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { CommentsService } from './comments.service';

/** Replies of a page of comments: one query per request. */
export function commentRepliesLoader(req: HttpRequest, comments: CommentsService, viewer: CurrentMember) {
  return requestLoader<string, CommentModel[]>(req, `network:replies:${viewer.associationId}`, async (parentIds) =>
    (await comments.repliesOf(viewer.associationId, parentIds)).map((list) =>
      list.map((c) => toCommentModel(c, viewer)),
    ),
  );
}
