import { PLATFORM_ENTITIES } from '@assoc/platform-api';
import { DOMAIN_MODULES } from './app.module';

/**
 * Every table of the app: the platform's, then each domain module's own list, read from the module
 * itself (`static readonly entities = <DOMAIN>_ENTITIES`, the list its `TypeOrmModule.forFeature`
 * registers), in DOMAIN_MODULES' order. The TypeORM CLI's data source (data-source.ts) and the
 * migrations-match-entities test use it, so a new domain adds no line here (issue 21 part 8); a new
 * entity goes into its own library's list only. A module without tables has no `entities`.
 */
const modules: readonly { name: string; entities?: readonly (new () => object)[] }[] = DOMAIN_MODULES;

export const ENTITIES = [...PLATFORM_ENTITIES, ...modules.flatMap((module) => module.entities ?? [])];
