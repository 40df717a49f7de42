import { COMMON_PASSWORDS_REFUSED, commonPasswords, normalizeEmail, passwordProblem } from '../index';

describe('password policy', () => {
  it('requires 12 to 128 characters, counting accented letters once', () => {
    expect(passwordProblem('a'.repeat(11))).toBe('passwordTooShort');
    expect(passwordProblem('é'.repeat(11) + 'è')).toBeNull();
    expect(passwordProblem('ab'.repeat(64))).toBeNull();
    expect(passwordProblem('a'.repeat(129))).toBe('passwordTooLong');
  });

  it('refuses one character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('passwordRepeated');
    expect(passwordProblem('éééééééééééé')).toBe('passwordRepeated');
    expect(passwordProblem('aaaaaaaaaaab')).toBeNull();
  });

  it("refuses the e-mail's local part, without case, dots or dashes, from 3 characters on", () => {
    const email = 'Marie.Dupont@example.fr';
    expect(passwordProblem('marie.dupont-2026', email)).toBe('passwordContainsEmail');
    expect(passwordProblem('XXMARIEDUPONTXX', email)).toBe('passwordContainsEmail');
    expect(passwordProblem('marie-et-les-fleurs', email)).toBeNull();
    expect(passwordProblem('jo-et-la-boulangerie', 'jo@example.fr')).toBeNull(); // too short to mean anything
    expect(passwordProblem('la-boulangerie-de-max', 'max@example.fr')).toBe('passwordContainsEmail');
  });

  it('refuses the 10,000 most common passwords, without case', () => {
    expect(commonPasswords().size).toBeGreaterThan(COMMON_PASSWORDS_REFUSED * 0.95); // a few collapse once lower-cased
    expect(commonPasswords().has('password')).toBe(true);
    expect(passwordProblem('1qaz2wsx3edc')).toBe('passwordCommon');
    expect(passwordProblem('QWERTY123456')).toBe('passwordCommon');
    expect(passwordProblem('correct-horse-battery')).toBeNull();
  });

  it('compares e-mails trimmed and case-insensitively', () => {
    expect(normalizeEmail('  Marie.Dupont@Example.FR ')).toBe('marie.dupont@example.fr');
  });
});
