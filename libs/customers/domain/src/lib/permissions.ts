import { Permission, PermissionRoles, Role } from '@assoc/platform-domain';

// The permission names this domain declares, added to the platform's list (ADR 0026).
declare module '@assoc/platform-domain' {
  interface PermissionNames {
    ViewCustomers: true;
    ManageCustomers: true;
  }
}

const { PRESIDENT, BOARD } = Role;

/** The permissions the customers domain declares and the roles that hold them (ADR 0026). */
export const CUSTOMERS_PERMISSIONS = {
  /** See the association's customers: how many, first names, when they joined, consents, card codes. */
  [Permission.ViewCustomers]: [PRESIDENT, BOARD],
  /** Revoke a customer's card (lost, stolen) and issue a new code. */
  [Permission.ManageCustomers]: [PRESIDENT, BOARD],
} as const satisfies PermissionRoles;
