import { frenchWordVariants, searchTerms } from './french-search';

describe('French search terms', () => {
  it('adds the infinitive for -ons, -ent and past participles, and conjugated forms for an infinitive', () => {
    expect(frenchWordVariants('Organisons')).toEqual(['organisons', 'organiser']);
    expect(frenchWordVariants('décorent')).toEqual(['décorent', 'décorer']);
    expect(frenchWordVariants('mangeons')).toEqual(['mangeons', 'manger', 'mangeer']);
    expect(frenchWordVariants('organisées')).toEqual(['organisées', 'organiser']);
    expect(frenchWordVariants('organiser')).toEqual(['organiser', 'organisons', 'organisent']);
    expect(frenchWordVariants('boulangerie')).toEqual(['boulangerie']);
  });

  it('splits on anything but letters and digits, drops one-letter words, keeps ten words', () => {
    expect(searchTerms("  l'Épicerie, <b>fine</b>!").map((t) => t[0])).toEqual(
      ['épicerie', 'b', 'fine', 'b'].filter((w) => w.length > 1),
    );
    expect(searchTerms('a b c')).toEqual([]);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' '))).toHaveLength(10);
  });
});
