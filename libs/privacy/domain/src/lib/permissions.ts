import { Permission, PermissionRoles, Role, SecondFactorPermissions } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ExportAssociationData: true;
  }
}

const { PRESIDENT } = Role;

/**
 * The permissions privacy declares and the roles that hold them. A person's own export needs no
 * permission (any signed-in person, about themselves only).
 */
export const PRIVACY_PERMISSIONS = {
  /** Ask for and download the ZIP of everything the association holds (GDPR portability, moving elsewhere). */
  [Permission.ExportAssociationData]: [PRESIDENT],
} as const satisfies PermissionRoles;

/**
 * Taking the whole association's data away needs a second factor where the association requires one
 * (issue 25): a stolen president's session must not be enough to carry every member's data off.
 */
export const PRIVACY_SECOND_FACTOR = {
  [Permission.ExportAssociationData]: 'data',
} as const satisfies SecondFactorPermissions;
