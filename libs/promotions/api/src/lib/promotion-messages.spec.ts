// The module registers the domain's reasons and permissions when it is loaded, as in the API.
import './promotions.module';
import { Locale, message, messageOwner, Permission, Role, roleHasPermission } from '@assoc/platform-domain';
import { PROMOTIONS_MESSAGES } from '@assoc/promotions-domain';

describe('promotions’ error reasons and permissions', () => {
  it('are registered by the module as the domain’s own, and answered in French and English', () => {
    for (const [reason, text] of Object.entries(PROMOTIONS_MESSAGES)) {
      expect([reason, messageOwner(reason)]).toEqual([reason, 'promotions']);
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
