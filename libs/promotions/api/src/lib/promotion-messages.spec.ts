import { hasMessage, Locale, message, Permission, Role, roleHasPermission } from '@assoc/platform-domain';
import { PROMOTION_PROBLEM_MESSAGES } from '@assoc/promotions-domain';

describe('promotions’ error reasons and permissions', () => {
  it('are in the platform catalogue, word for word, in French and English, so API errors are localised', () => {
    for (const [reason, text] of Object.entries(PROMOTION_PROBLEM_MESSAGES)) {
      expect([reason, hasMessage(reason)]).toEqual([reason, true]);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
  });

  it('let every role but consultants view and enrol, and only the president and board manage', () => {
    const holders = (permission: Permission) => Object.values(Role).filter((r) => roleHasPermission(r, permission));
    for (const permission of [Permission.ViewCampaigns, Permission.EnrolOffer])
      expect(holders(permission)).toEqual([Role.PRESIDENT, Role.BOARD, Role.MEMBER]);
    expect(holders(Permission.ManageCampaigns)).toEqual([Role.PRESIDENT, Role.BOARD]);
  });
});
