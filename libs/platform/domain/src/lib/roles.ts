/** A person's role inside one association. */
export enum Role {
  PRESIDENT = 'PRESIDENT',
  BOARD = 'BOARD',
  MEMBER = 'MEMBER',
  CONSULTANT = 'CONSULTANT',
}

/**
 * The permission names the domains declare. The platform lists none: each domain adds its own to this
 * interface in its `domain` library's permissions.ts (TypeScript declaration merging), next to the roles
 * that hold them, so a new domain never edits this file (ADR 0026):
 *
 *     declare module '@assoc/platform-domain' {
 *       interface PermissionNames { ViewCashmobs: true; ProposeCashmob: true }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface PermissionNames {}

/** A permission some domain declared (`@Allow(Permission.ViewCashmobs)`). */
export type Permission = keyof PermissionNames & string;

/**
 * `Permission.ViewCashmobs` is the string 'ViewCashmobs': names are checked by the compiler against
 * what the domains declared, whatever order modules load in at run time. A name no domain registered
 * is held by no role (`roleHasPermission`), so a mistake denies rather than allows.
 */
export const Permission = new Proxy({} as { readonly [P in Permission]: P }, {
  get: (_target, name) => (typeof name === 'string' ? name : undefined),
});

/** Which roles hold each permission a domain declares. */
export type PermissionRoles = Readonly<Partial<Record<Permission, readonly Role[]>>>;

/** Every declared permission, with the domain that declared it and its holders. */
const holders = new Map<Permission, { owner: string; roles: readonly Role[] }>();

/**
 * Adds a domain's permissions to what the guard checks. A permission belongs to one domain: one that
 * another domain already declared is refused (declaring the same domain's list again is harmless).
 */
export function registerPermissions(owner: string, table: PermissionRoles): void {
  for (const [permission, roles] of Object.entries(table) as [Permission, readonly Role[]][]) {
    const known = holders.get(permission);
    if (known && known.owner !== owner)
      throw new Error(`The permission '${permission}' is declared by both ${known.owner} and ${owner}.`);
    holders.set(permission, { owner, roles });
  }
}

/** Whether a role holds a permission; a permission no registered domain declares is held by no one. */
export function roleHasPermission(role: Role, permission: Permission): boolean {
  return holders.get(permission)?.roles.includes(role) ?? false;
}

/** Whether some domain registered this name as a permission (a name from a link, say). */
export function isDeclaredPermission(name: string | null | undefined): name is Permission {
  return !!name && holders.has(name as Permission);
}

/** The domain that declared a permission, or undefined when none did. */
export function permissionOwner(permission: Permission): string | undefined {
  return holders.get(permission)?.owner;
}

/**
 * What an operation guarded by a permission does that an association may protect with a second factor
 * (issue 25): it moves money, changes who holds which role, changes the rules those follow, or takes the
 * association's data away.
 */
export type SecondFactorKind = 'money' | 'roles' | 'rules' | 'data';

/** A domain's permissions that need a second factor where the association requires one, with why. */
export type SecondFactorPermissions = Readonly<Partial<Record<Permission, SecondFactorKind>>>;

const secondFactorKinds = new Map<Permission, SecondFactorKind>();

/**
 * Declares that some of a domain's permissions need a second factor when the association requires one:
 * a property of the permission, declared by the domain that owns it (registered after its
 * `registerPermissions`), so the access guard holds no list of names. A permission of another domain,
 * or one not declared yet, is refused.
 */
export function registerSecondFactorPermissions(owner: string, table: SecondFactorPermissions): void {
  for (const [permission, kind] of Object.entries(table) as [Permission, SecondFactorKind][]) {
    if (holders.get(permission)?.owner !== owner)
      throw new Error(
        `The permission '${permission}' is not ${owner}'s: it cannot require a second factor from there.`,
      );
    secondFactorKinds.set(permission, kind);
  }
}

/** Why a permission needs a second factor where the association requires one, or null when it does not. */
export function secondFactorKind(permission: Permission): SecondFactorKind | null {
  return secondFactorKinds.get(permission) ?? null;
}

/** The roles that hold at least one permission needing a second factor (those an association's requirement concerns). */
export function rolesNeedingSecondFactor(): Role[] {
  return Object.values(Role).filter((role) => [...secondFactorKinds.keys()].some((p) => roleHasPermission(role, p)));
}

/** Roles that a caller of the given role may grant (invite with, or change someone to). */
export function grantableRoles(callerRole: Role): readonly Role[] {
  switch (callerRole) {
    case Role.PRESIDENT:
      return [Role.PRESIDENT, Role.BOARD, Role.MEMBER, Role.CONSULTANT];
    case Role.BOARD:
      return [Role.BOARD, Role.MEMBER, Role.CONSULTANT];
    default:
      return [];
  }
}
