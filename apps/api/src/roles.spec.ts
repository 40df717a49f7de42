// The API's modules register each domain's permissions when loaded (ADR 0026): test the composed table.
import { DOMAIN_MODULES } from './app.module';
import { grantableRoles, Permission, permissionOwner, Role, roleHasPermission } from '@assoc/platform-domain';

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

  it('lets the president and board manage topics and moderate the network, and every role read and post', () => {
    for (const permission of [Permission.ManageTopics, Permission.Moderate]) {
      expect(Object.values(Role).filter((r) => roleHasPermission(r, permission))).toEqual([Role.PRESIDENT, Role.BOARD]);
    }
    // Consultants post only in topics open to them: the network service narrows this down.
    for (const permission of [Permission.ViewFeed, Permission.Post]) {
      expect(Object.values(Role).filter((r) => roleHasPermission(r, permission))).toEqual(Object.values(Role));
    }
  });

  it('lets members vote and join projects but never consultants, and keeps money and audit to the president and board', () => {
    const holders = (permission: Permission) => Object.values(Role).filter((r) => roleHasPermission(r, permission));
    for (const permission of [Permission.VoteProject, Permission.JoinProject]) {
      expect(holders(permission)).toEqual([Role.PRESIDENT, Role.BOARD, Role.MEMBER]);
    }
    for (const permission of [
      Permission.ProposeProject,
      Permission.ManageProjects,
      Permission.RecordMoney,
      Permission.ViewAudit,
    ]) {
      expect(holders(permission)).toEqual([Role.PRESIDENT, Role.BOARD]);
    }
    // Consultants read and draft only the projects they are assigned to: the projects service narrows this down.
    for (const permission of [Permission.ViewProjects, Permission.DraftProject]) {
      expect(holders(permission)).toEqual(Object.values(Role));
    }
  });

  it('has every permission declared by one of the domains the API is made of', () => {
    expect(DOMAIN_MODULES.length).toBeGreaterThan(0);
    expect(Object.values(Permission).filter((p) => permissionOwner(p) === undefined)).toEqual([]);
  });
});
