// The module registers the domain's reasons and permissions when it is loaded, as in the API.
import './projects.module';
import { Locale, message, messageOwner } from '@assoc/platform-domain';
import { PROJECTS_MESSAGES } from '@assoc/projects-domain';

describe('projects’ error reasons', () => {
  it('are registered by the module as the domain’s own, and answered in French and English', () => {
    for (const [reason, text] of Object.entries(PROJECTS_MESSAGES)) {
      expect([reason, messageOwner(reason)]).toEqual([reason, 'projects']);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
  });
});
