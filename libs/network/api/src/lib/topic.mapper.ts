import { TopicEntity } from './topic.entity';
import { TopicModel } from './topic.model';

export function toTopicModel(t: TopicEntity): TopicModel {
  return {
    id: t.id,
    name: t.name,
    openToConsultants: t.openToConsultants,
    position: t.position,
    archivedAt: t.archivedAt,
  };
}
