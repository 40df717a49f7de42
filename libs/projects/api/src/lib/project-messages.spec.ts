import { hasMessage, Locale, message } from '@assoc/platform-domain';
import { PROJECT_PROBLEM_MESSAGES } from '@assoc/projects-domain';

describe('projects’ error reasons', () => {
  it('are in the platform catalogue, word for word, in French and English, so API errors are localised', () => {
    for (const [reason, text] of Object.entries(PROJECT_PROBLEM_MESSAGES)) {
      expect([reason, hasMessage(reason)]).toEqual([reason, true]);
      expect(message(Locale.FR, reason)).toBe(text.fr);
      expect(message(Locale.EN, reason)).toBe(text.en);
    }
  });
});
