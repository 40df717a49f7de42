import { IMPACT_PROBLEM_MESSAGES } from '@assoc/impact-domain';
import { hasMessage, Locale, message, Permission, Role, roleHasPermission } from '@assoc/platform-domain';

describe('the impact dashboard’s error reasons and permissions', () => {
  it('are in the platform catalogue, word for word, in French and English', () => {
    for (const [reason, text] of Object.entries(IMPACT_PROBLEM_MESSAGES)) {
      expect([reason, hasMessage(reason)]).toEqual([reason, true]);
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
