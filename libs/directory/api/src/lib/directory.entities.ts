import { ShopEntity } from './shop.entity';

/**
 * The tables this library owns (the directory domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const DIRECTORY_ENTITIES = [ShopEntity];
