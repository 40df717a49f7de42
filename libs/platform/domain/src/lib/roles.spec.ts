import { grantableRoles, Permission, Role, roleHasPermission } from '../index';

describe('roles', () => {
  it('lets only the president edit settings', () => {
    expect(Object.values(Role).filter((r) => roleHasPermission(r, Permission.EditSettings))).toEqual([Role.PRESIDENT]);
  });

  it('does not let the board appoint a president, nor a member grant anything', () => {
    expect(grantableRoles(Role.BOARD)).not.toContain(Role.PRESIDENT);
    expect(grantableRoles(Role.MEMBER)).toEqual([]);
  });

  it('keeps consultants out of member management and shops', () => {
    expect(roleHasPermission(Role.CONSULTANT, Permission.ManageMembers)).toBe(false);
    expect(roleHasPermission(Role.CONSULTANT, Permission.EditOwnShop)).toBe(false);
  });
});
