import { ASSOCIATIONS_ENTITIES } from '@assoc/associations-api';
import { CALENDAR_ENTITIES } from '@assoc/calendar-api';
import { CASHMOBS_ENTITIES } from '@assoc/cashmobs-api';
import { DIRECTORY_ENTITIES } from '@assoc/directory-api';
import { IDENTITY_ENTITIES } from '@assoc/identity-api';
import { IMPACT_ENTITIES } from '@assoc/impact-api';
import { NETWORK_ENTITIES } from '@assoc/network-api';
import { NOTIFICATIONS_ENTITIES } from '@assoc/notifications-api';
import { PLATFORM_ENTITIES } from '@assoc/platform-api';
import { PROJECTS_ENTITIES } from '@assoc/projects-api';
import { PRIVACY_ENTITIES } from '@assoc/privacy-api';
import { PROMOTIONS_ENTITIES } from '@assoc/promotions-api';
import { WIDGETS_ENTITIES } from '@assoc/widgets-api';

/**
 * Every table of the app: each library's own list (`<domain>.entities.ts`, exported by its index.ts),
 * composed here once. The TypeORM CLI's data source (data-source.ts) and the migrations-match-entities
 * test use it; the running API registers the same lists through each domain module's
 * `TypeOrmModule.forFeature(<DOMAIN>_ENTITIES)`. A new entity goes into its own library's list only.
 */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...ASSOCIATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...NETWORK_ENTITIES,
  ...PROJECTS_ENTITIES,
  ...CASHMOBS_ENTITIES,
  ...PROMOTIONS_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...IMPACT_ENTITIES,
  ...WIDGETS_ENTITIES,
  ...PRIVACY_ENTITIES,
];
