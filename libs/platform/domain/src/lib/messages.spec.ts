import { catalogueKeys, Locale, message } from '../index';

describe('error messages', () => {
  it('has the same reasons in French and English', () => {
    expect(catalogueKeys(Locale.EN).sort()).toEqual(catalogueKeys(Locale.FR).sort());
  });

  it('fills in parameters in the chosen language', () => {
    expect(message(Locale.FR, 'minLength', { min: 12 })).toBe('Ce champ doit comporter au moins 12 caractères.');
    expect(message(Locale.EN, 'minLength', { min: 12 })).toBe('This field must have at least 12 characters.');
  });

  it('falls back to a generic message for an unknown reason', () => {
    expect(message(Locale.EN, 'noSuchReason')).toBe('This value is not valid.');
  });
});
