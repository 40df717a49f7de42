import { openSecret, sealSecret } from './second-factor-secret';

const KEY = 'a-test-secret-key-of-at-least-32-characters';

describe('sealed second-factor secrets', () => {
  it('opens what it sealed, and never stores the secret in clear', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', KEY);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', KEY)).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, KEY)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses an altered secret or another key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', KEY);
    const parts = sealed.split('.');
    const altered = [...parts.slice(0, 3), Buffer.from('KBSWY3DPEHPK3PXP').toString('base64url')].join('.');
    expect(() => openSecret(altered, KEY)).toThrow();
    expect(() => openSecret(sealed, `${KEY}-other`)).toThrow();
    expect(() => openSecret('plain', KEY)).toThrow('not a sealed second-factor secret');
  });
});
