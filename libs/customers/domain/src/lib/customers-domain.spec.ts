import {
  CARD_CODE_ALPHABET,
  cardCodeFromBytes,
  customerEmailKey,
  formatCardCode,
  hasAPurpose,
  normaliseCardCode,
} from '../index';

describe('card codes', () => {
  it('are 8 characters of the alphabet, printed in two groups', () => {
    const code = cardCodeFromBytes(new Uint8Array([0, 1, 31, 32, 200, 255, 17, 8]));
    expect(code).toBe('01Z08ZH8');
    expect([...code].every((c) => CARD_CODE_ALPHABET.includes(c))).toBe(true);
    expect(formatCardCode(code)).toBe('01Z0-8ZH8');
  });
  it('are found whatever the case, spaces, dashes and look-alike letters', () => {
    expect(normaliseCardCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseCardCode('o1il 2345')).toBe('01112345');
    expect(normaliseCardCode('ABCD EFG')).toBeNull();
    expect(normaliseCardCode('ABCDEFGU')).toBeNull();
    expect(normaliseCardCode('ABCDEFGHJ')).toBeNull();
  });
});

describe('customer rules', () => {
  it('a join needs a purpose; e-mails compare without case or spaces', () => {
    expect(hasAPurpose({ loyalty: false, news: false, ideas: false })).toBe(false);
    expect(hasAPurpose({ loyalty: false, news: false, ideas: true })).toBe(true);
    expect(customerEmailKey('  Léa@Example.FR ')).toBe('léa@example.fr');
  });
});
