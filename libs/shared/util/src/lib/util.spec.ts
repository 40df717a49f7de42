import { foldForSearch, isSupportedCurrency, isTimeZone } from '../index';

describe('foldForSearch', () => {
  it('ignores accents and case', () => {
    expect(foldForSearch('  Épicerie Fine  ')).toBe('epicerie fine');
    expect(foldForSearch('CAFÉ Noël')).toBe(foldForSearch('cafe noel'));
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and refuses others', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('America/Martinique')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('isSupportedCurrency', () => {
  it('knows the euro and refuses made-up codes', () => {
    expect(isSupportedCurrency('EUR')).toBe(true);
    expect(isSupportedCurrency('EURO')).toBe(false);
  });
});
