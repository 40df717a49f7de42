import { PermissionRoles } from '@assoc/platform-domain';

/** The permissions this domain declares and the roles that hold them (ADR 0026). */
export const COMMUNITY_PERMISSIONS = {} as const satisfies PermissionRoles;
