import { grantableRoles, Permission, permissionOwner, registerPermissions, Role, roleHasPermission } from '../index';

// A name as a domain would declare it (the platform itself declares none).
const WIDGETS = 'ManageWidgets' as Permission;

describe('roles and the permissions domains declare', () => {
  it('lets no one hold a permission that no domain declared', () => {
    expect(Object.values(Role).filter((r) => roleHasPermission(r, WIDGETS))).toEqual([]);
  });

  it('composes what each domain declares, and refuses a permission declared by two domains', () => {
    registerPermissions('widgets', { [WIDGETS]: [Role.PRESIDENT, Role.BOARD] });
    registerPermissions('widgets', { [WIDGETS]: [Role.PRESIDENT, Role.BOARD] });
    expect(Object.values(Role).filter((r) => roleHasPermission(r, WIDGETS))).toEqual([Role.PRESIDENT, Role.BOARD]);
    expect(permissionOwner(WIDGETS)).toBe('widgets');
    expect(() => registerPermissions('impact', { [WIDGETS]: [Role.MEMBER] })).toThrow(
      "The permission 'ManageWidgets' is declared by both widgets and impact.",
    );
    expect(roleHasPermission(Role.MEMBER, WIDGETS)).toBe(false);
  });

  it('does not let the board appoint a president, nor a member grant anything', () => {
    expect(grantableRoles(Role.BOARD)).not.toContain(Role.PRESIDENT);
    expect(grantableRoles(Role.MEMBER)).toEqual([]);
  });
});
