import { CurrentMember, requestLoader } from '@assoc/platform-api';
import type { Request } from 'express';
import { toTopicModel } from './topic.mapper';
import { TopicModel } from './topic.model';
import { TopicsService } from './topics.service';

/** The topics of a page of posts: one query per request. */
export function postTopicsLoader(req: Request, topics: TopicsService, viewer: CurrentMember) {
  return requestLoader<string, TopicModel | null>(req, `network:topics:${viewer.associationId}`, async (ids) =>
    (await topics.byIds(viewer.associationId, ids)).map((t) => t && toTopicModel(t)),
  );
}
