import { excerpt, normalizeText, textProblem } from './post-text';

describe('post text', () => {
  it('keeps inner line breaks, trims, normalises Windows breaks and drops control characters', () => {
    expect(normalizeText('  Bonjour\r\n\r\nà tous\u0002\u0000 \n')).toBe('Bonjour\n\nà tous');
  });

  it('refuses an empty text and one over the limit, counting characters not UTF-16 units', () => {
    expect(textProblem('')).toEqual({ reason: 'isNotEmpty' });
    expect(textProblem('a'.repeat(5001))).toEqual({ reason: 'maxLength', params: { max: 5000 } });
    expect(textProblem('🎉'.repeat(5000))).toBeNull();
    expect(textProblem('a'.repeat(11), 10)).toEqual({ reason: 'maxLength', params: { max: 10 } });
  });

  it('makes a short single-line excerpt with mentions as names', () => {
    expect(excerpt('Salut @[Lucie](3f2b8c1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f)\nça va ?')).toBe('Salut @Lucie ça va ?');
    expect(excerpt('x'.repeat(200), 10)).toBe('xxxxxxxxx…');
  });
});
