import { normalizeEmail, passwordProblem } from '../index';

describe('password policy', () => {
  it('requires 12 to 128 characters, counting accented letters once', () => {
    expect(passwordProblem('a'.repeat(11))).toBe('passwordTooShort');
    expect(passwordProblem('é'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
    expect(passwordProblem('a'.repeat(129))).toBe('passwordTooLong');
  });

  it('compares e-mails trimmed and case-insensitively', () => {
    expect(normalizeEmail('  Marie.Dupont@Example.FR ')).toBe('marie.dupont@example.fr');
  });
});
