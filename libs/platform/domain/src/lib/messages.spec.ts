import { catalogueKeys, Locale, message, messageOwner, registerMessages } from '../index';

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

  it("answers a domain's reasons once it registered them, and refuses a reason defined twice", () => {
    expect(messageOwner('someDomainReason')).toBeUndefined();
    registerMessages('somewhere', { someDomainReason: { fr: 'Au plus {max}.', en: 'At most {max}.' } });
    expect(message(Locale.FR, 'someDomainReason', { max: 3 })).toBe('Au plus 3.');
    expect(message(Locale.EN, 'someDomainReason', { max: 3 })).toBe('At most 3.');
    expect(messageOwner('someDomainReason')).toBe('somewhere');
    expect(() => registerMessages('elsewhere', { someDomainReason: { fr: 'x', en: 'x' } })).toThrow(
      "The reason 'someDomainReason' is defined by both somewhere and elsewhere: keep it in one place.",
    );
    expect(() => registerMessages('elsewhere', { required: { fr: 'x', en: 'x' } })).toThrow(
      /both platform and elsewhere/,
    );
    expect(messageOwner('required')).toBe('platform');
  });
});
