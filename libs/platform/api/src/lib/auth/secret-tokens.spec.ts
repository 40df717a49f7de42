import { isSecretTokenShape, newSecretToken, secretTokenHash } from './secret-tokens';

describe('secret tokens', () => {
  it('are 256 random bits, URL-safe, never the same twice', () => {
    const a = newSecretToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isSecretTokenShape(a)).toBe(true);
    expect(newSecretToken()).not.toBe(a);
  });

  it('refuses malformed shapes before any look-up', () => {
    expect(isSecretTokenShape('abc')).toBe(false);
    expect(isSecretTokenShape(`${newSecretToken()}x`)).toBe(false);
    expect(isSecretTokenShape('../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(false);
  });

  it('hash per purpose and key', () => {
    const token = newSecretToken();
    expect(secretTokenHash('feed', token, 'k'.repeat(32))).toBe(secretTokenHash('feed', token, 'k'.repeat(32)));
    expect(secretTokenHash('feed', token, 'k'.repeat(32))).not.toBe(secretTokenHash('other', token, 'k'.repeat(32)));
    expect(secretTokenHash('feed', token, 'k'.repeat(32))).not.toBe(secretTokenHash('feed', token, 'j'.repeat(32)));
  });
});
