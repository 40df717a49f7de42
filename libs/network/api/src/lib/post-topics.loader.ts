import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';
import { toTopicModel } from './topic.mapper';
import { TopicModel } from './topic.model';
import { TopicsService } from './topics.service';

/** The topics of a page of posts: one query per request. */
export function postTopicsLoader(req: HttpRequest, topics: TopicsService, viewer: CurrentMember) {
  return requestLoader<string, TopicModel | null>(req, `network:topics:${viewer.associationId}`, async (ids) =>
    (await topics.byIds(viewer.associationId, ids)).map((t) => t && toTopicModel(t)),
  );
}
