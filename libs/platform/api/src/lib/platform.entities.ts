import { RateLimitEntity } from './graphql/rate-limit.entity';
import { OutboxMailEntity } from './mail/outbox-mail.entity';

/**
 * The tables this library owns (the mail outbox and the rate limiter): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const PLATFORM_ENTITIES = [OutboxMailEntity, RateLimitEntity];
