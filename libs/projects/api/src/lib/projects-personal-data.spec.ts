import { withoutNames } from './projects-personal-data';

describe('withoutNames: a closed account’s name and e-mail out of a ledger line’s free text', () => {
  it('replaces whole occurrences in any case, the longest name first', () => {
    expect(withoutNames('Chèque de PAUL Martin, relancé par paul martin', ['Paul Martin'], 'Ancien membre')).toBe(
      'Chèque de Ancien membre, relancé par Ancien membre',
    );
    expect(withoutNames('Reçu de paul@exemple.fr', ['Paul', 'paul@exemple.fr'], 'X')).toBe('Reçu de X');
    expect(withoutNames('Élodie Noël a payé', ['élodie noël'], 'X')).toBe('X a payé');
  });

  it('leaves other words, short names and null alone', () => {
    expect(withoutNames('Paulette et Martine', ['Paul', 'Martin'], 'X')).toBe('Paulette et Martine');
    expect(withoutNames('Al a payé', ['Al'], 'X')).toBe('Al a payé');
    expect(withoutNames(null, ['Paul'], 'X')).toBeNull();
    expect(withoutNames('Paul (a+b)', ['a+b'], 'X')).toBe('Paul (X)');
  });
});
