import { ASSOCIATIONS_PERMISSIONS } from '@assoc/associations-domain';
import { CALENDAR_PERMISSIONS } from '@assoc/calendar-domain';
import { CASHMOBS_PERMISSIONS } from '@assoc/cashmobs-domain';
import { DIRECTORY_PERMISSIONS } from '@assoc/directory-domain';
import { IMPACT_PERMISSIONS } from '@assoc/impact-domain';
import { NETWORK_PERMISSIONS } from '@assoc/network-domain';
import { PermissionRoles, registerPermissions } from '@assoc/platform-domain';
import { PROJECTS_PERMISSIONS } from '@assoc/projects-domain';
import { PROMOTIONS_PERMISSIONS } from '@assoc/promotions-domain';
import { WIDGETS_PERMISSIONS } from '@assoc/widgets-domain';

/**
 * The web app composes the same permission lists as the API's modules (ADR 0026), at start, so the
 * menu and the route guards (`SessionStore.can`) know every domain's permissions before any domain
 * library is loaded. Error texts are not composed here: the web shows the API's message.
 */
const DOMAIN_PERMISSIONS: Record<string, PermissionRoles> = {
  associations: ASSOCIATIONS_PERMISSIONS,
  directory: DIRECTORY_PERMISSIONS,
  network: NETWORK_PERMISSIONS,
  projects: PROJECTS_PERMISSIONS,
  cashmobs: CASHMOBS_PERMISSIONS,
  promotions: PROMOTIONS_PERMISSIONS,
  calendar: CALENDAR_PERMISSIONS,
  impact: IMPACT_PERMISSIONS,
  widgets: WIDGETS_PERMISSIONS,
};

for (const [domain, permissions] of Object.entries(DOMAIN_PERMISSIONS)) registerPermissions(domain, permissions);
