import { grantableRoles, Permission, permissionOwner, registerPermissions, Role, roleHasPermission } from '../index';

describe('roles and the permissions domains declare', () => {
  it('lets no one hold a permission that no domain declared', () => {
    expect(Object.values(Role).filter((r) => roleHasPermission(r, Permission.ManageWidgets))).toEqual([]);
  });

  it('composes what each domain declares, and refuses a permission declared by two domains', () => {
    registerPermissions('widgets', { [Permission.ManageWidgets]: [Role.PRESIDENT, Role.BOARD] });
    registerPermissions('widgets', { [Permission.ManageWidgets]: [Role.PRESIDENT, Role.BOARD] });
    expect(Object.values(Role).filter((r) => roleHasPermission(r, Permission.ManageWidgets))).toEqual([
      Role.PRESIDENT,
      Role.BOARD,
    ]);
    expect(permissionOwner(Permission.ManageWidgets)).toBe('widgets');
    expect(() => registerPermissions('impact', { [Permission.ManageWidgets]: [Role.MEMBER] })).toThrow(
      "The permission 'ManageWidgets' is declared by both widgets and impact.",
    );
    expect(roleHasPermission(Role.MEMBER, Permission.ManageWidgets)).toBe(false);
  });

  it('does not let the board appoint a president, nor a member grant anything', () => {
    expect(grantableRoles(Role.BOARD)).not.toContain(Role.PRESIDENT);
    expect(grantableRoles(Role.MEMBER)).toEqual([]);
  });
});
