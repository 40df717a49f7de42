import {
  formatRecoveryCode,
  groupSecret,
  isRecoveryCodeShape,
  isTotpShape,
  normalizeSecondFactorCode,
  RECOVERY_CODE_ALPHABET,
  totpStep,
  totpStepUsable,
} from './second-factor';

describe('second factor rules', () => {
  it('formats recovery codes from bytes in two groups of five, without look-alike characters', () => {
    const bytes = Array.from({ length: 10 }, (_, i) => i * 31 + i);
    const code = formatRecoveryCode(bytes);
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(code).toBe('abcde-fghjk');
    expect(formatRecoveryCode(new Uint8Array(10).fill(255))).toBe(
      `${RECOVERY_CODE_ALPHABET[255 % 31].repeat(5)}-${RECOVERY_CODE_ALPHABET[255 % 31].repeat(5)}`,
    );
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[01ilo]/);
    expect(() => formatRecoveryCode([1, 2, 3])).toThrow('a recovery code needs 10 bytes');
  });

  it('compares what was typed without spaces, dashes or case', () => {
    expect(normalizeSecondFactorCode(' ABCDE-fghjk ')).toBe('abcdefghjk');
    expect(normalizeSecondFactorCode('123 456')).toBe('123456');
    expect(isTotpShape('123 456')).toBe(true);
    expect(isTotpShape('12345')).toBe(false);
    expect(isTotpShape('12345a')).toBe(false);
    expect(isRecoveryCodeShape('ABCDE-FGHJK')).toBe(true);
    expect(isRecoveryCodeShape('abcde-fghj0')).toBe(false); // 0 is not in the alphabet
    expect(isRecoveryCodeShape('123456')).toBe(false);
  });

  it('numbers 30-second steps and uses each code once, never an older one after a newer', () => {
    expect(totpStep(0)).toBe(0);
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
    expect(totpStep(1_796_720_500_000)).toBe(59_890_683);
    expect(totpStepUsable(10, null)).toBe(true);
    expect(totpStepUsable(11, 10)).toBe(true);
    expect(totpStepUsable(10, 10)).toBe(false);
    expect(totpStepUsable(9, 10)).toBe(false);
  });

  it('groups a secret by four for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDE')).toBe('ABCD E');
  });
});
