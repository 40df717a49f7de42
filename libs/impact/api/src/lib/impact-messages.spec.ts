// The module registers the domain's reasons and permissions when it is loaded, as in the API.
import './impact.module';
import { IMPACT_MESSAGES } from '@assoc/impact-domain';
import { Locale, message, messageOwner, Permission, Role, roleHasPermission } from '@assoc/platform-domain';

describe('the impact dashboard’s error reasons and permissions', () => {
  it('are registered by the module as the domain’s own, and answered in French and English', () => {
    for (const [reason, text] of Object.entries(IMPACT_MESSAGES)) {
      expect([reason, messageOwner(reason)]).toEqual([reason, 'impact']);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
  });

  it('give the association’s figures to the president and board, a shop’s own figures to every shopkeeper, nothing to consultants', () => {
    const holders = (permission: Permission) => Object.values(Role).filter((r) => roleHasPermission(r, permission));
    expect(holders(Permission.ViewImpact)).toEqual([Role.PRESIDENT, Role.BOARD]);
    expect(holders(Permission.ViewOwnImpact)).toEqual([Role.PRESIDENT, Role.BOARD, Role.MEMBER]);
  });
});
