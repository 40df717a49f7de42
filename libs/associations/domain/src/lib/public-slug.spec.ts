import { associationSlugBase, associationSlugCandidate, isAssociationSlugShape } from '../index';

describe('association public slug', () => {
  it('folds accents and ligatures, dashes the rest, keeps it short', () => {
    expect(associationSlugBase('Cœur de Vitré')).toBe('coeur-de-vitre');
    expect(associationSlugBase("  Les Vitrines d'Ille & Vilaine!  ")).toBe('les-vitrines-d-ille-vilaine');
    expect(associationSlugBase('***')).toBe('association');
    expect(associationSlugBase('a'.repeat(80)).length).toBe(48);
    expect(associationSlugBase(`${'a'.repeat(47)} b`)).toBe('a'.repeat(47));
  });
  it('numbers the next candidates and recognises the shape', () => {
    expect(associationSlugCandidate('vitre', 1)).toBe('vitre');
    expect(associationSlugCandidate('vitre', 3)).toBe('vitre-3');
    expect(isAssociationSlugShape('coeur-de-vitre-2')).toBe(true);
    expect(isAssociationSlugShape('Coeur')).toBe(false);
    expect(isAssociationSlugShape('a--b')).toBe(false);
    expect(isAssociationSlugShape('../x')).toBe(false);
  });
});
