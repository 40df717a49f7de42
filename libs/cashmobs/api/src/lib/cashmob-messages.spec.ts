// The module registers the domain's reasons and permissions when it is loaded, as in the API.
import './cashmobs.module';
import { CASHMOBS_MESSAGES } from '@assoc/cashmobs-domain';
import { Locale, message, messageOwner, Permission, Role, roleHasPermission } from '@assoc/platform-domain';

describe('cashmobs’ error reasons and permissions', () => {
  it('are registered by the module as the domain’s own, and answered in French and English', () => {
    for (const [reason, text] of Object.entries(CASHMOBS_MESSAGES)) {
      expect([reason, messageOwner(reason)]).toEqual([reason, 'cashmobs']);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
  });

  it('let every role but consultants take part, and only the president and board manage', () => {
    const holders = (permission: Permission) => Object.values(Role).filter((r) => roleHasPermission(r, permission));
    for (const permission of [Permission.ViewCashmobs, Permission.ProposeCashmob, Permission.HostCashmob])
      expect(holders(permission)).toEqual([Role.PRESIDENT, Role.BOARD, Role.MEMBER]);
    expect(holders(Permission.ManageCashmobs)).toEqual([Role.PRESIDENT, Role.BOARD]);
  });
});
