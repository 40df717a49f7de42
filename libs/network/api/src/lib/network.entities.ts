import { CommentEntity } from './comment.entity';
import { PostImageEntity } from './post-image.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

/**
 * The tables this library owns (the network domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const NETWORK_ENTITIES = [TopicEntity, PostEntity, PostImageEntity, CommentEntity, PostReactionEntity];
