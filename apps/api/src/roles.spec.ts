// The API's modules register each domain's permissions when loaded (ADR 0026): test the composed table.
import { DOMAIN_MODULES } from './app.module';
import { grantableRoles, Permission, permissionOwner, Role, roleHasPermission } from '@assoc/platform-domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const LIBS = join(__dirname, '../../../libs');

/** The members each domain's permissions.ts adds to `PermissionNames`, read with the TypeScript parser. */
function declaredPermissionNames(): { domain: string; name: string }[] {
  return readdirSync(LIBS).flatMap((domain) => {
    const file = join(LIBS, domain, 'domain/src/lib/permissions.ts');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    const names: { domain: string; name: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'PermissionNames')
        for (const member of node.members)
          if (member.name && ts.isIdentifier(member.name)) names.push({ domain, name: member.name.text });
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest));
    return names;
  });
}

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

  it('has every permission name a domain adds for the compiler registered with its holders by that domain', () => {
    expect(DOMAIN_MODULES.length).toBeGreaterThan(0);
    const declared = declaredPermissionNames();
    expect(declared.length).toBeGreaterThan(20);
    // A name the compiler accepts in @Allow(...) but no domain gave holders to would deny everyone.
    expect(declared.filter(({ name }) => permissionOwner(name as Permission) === undefined)).toEqual([]);
    // ...and it is registered by the library that declared it.
    expect(declared.filter(({ name, domain }) => permissionOwner(name as Permission) !== domain)).toEqual([]);
  });
});
