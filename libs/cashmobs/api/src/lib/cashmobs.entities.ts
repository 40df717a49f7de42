import { CashmobSettingsEntity } from './cashmob-settings.entity';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobSupportEntity } from './cashmob-support.entity';
import { CashmobEntity } from './cashmob.entity';

/**
 * The tables this library owns (the cashmobs domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const CASHMOBS_ENTITIES = [CashmobEntity, CashmobSupportEntity, CashmobSignUpEntity, CashmobSettingsEntity];
