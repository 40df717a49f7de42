import { computeShares, savings, soloTotalCents, SplitRuleKind } from '@assoc/projects-domain';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { say } from './said.testing';

/**
 * Posters with a solo price (what one shop would pay alone for the whole line: 250,00 €) and a
 * delivery without one (900,00 €): 1 200,00 € to share, as the participation panel computes it.
 */
const LINES = [{ soloPriceCents: 25_000 }, { soloPriceCents: null }];
const TOTAL = 120_000;

function myShare(participants: number): { cents: number; saving: number } {
  const ids = Array.from({ length: participants }, (_, i) => `m${i}`);
  const result = computeShares(TOTAL, { kind: SplitRuleKind.EQUAL }, ids);
  if (!result.ok) throw new Error('no shares');
  const cents = result.value[0].cents;
  return { cents, saving: savings(LINES, cents) };
}

/** The participation panel's sentences for my share (the negative-saving one only when the saving is below zero). */
function read(participants: number, locale: 'fr' | 'en'): string[] {
  const texts = locale === 'fr' ? fr : en;
  const m = myShare(participants);
  return [
    say(texts, locale, { key: 'projects.participation.yourShare', params: { share: m.cents, saving: m.saving } }),
    ...(m.saving < 0
      ? [
          say(texts, locale, {
            key: 'projects.participation.negativeSaving',
            params: { extra: -m.saving, solo: soloTotalCents(LINES) },
          }),
        ]
      : []),
  ];
}

describe('the participation panel’s wording of a saving (issue 16)', () => {
  it('says a negative saving in words: how much more than going alone, against which solo prices, and why', () => {
    expect(read(2, 'fr')).toEqual([
      'Votre part : 600,00 € — économie : -350,00 €',
      "Économie négative : votre part coûte 350,00 € de plus que ce qu'une boutique paierait seule pour les lignes qui ont un prix seul (250,00 €). Les lignes sans prix seul comptent dans votre part mais pas dans cette comparaison, et moins il y a de participants, plus chaque part est élevée.",
    ]);
    expect(read(2, 'en')[1]).toBe(
      'Negative saving: your share costs €350.00 more than one shop alone would pay for the lines that have a solo price (€250.00). Lines without a solo price count in your share but not in this comparison, and the fewer the participants, the larger each share.',
    );
  });

  it('says nothing more once enough shops share the cost', () => {
    expect(read(8, 'fr')).toEqual(['Votre part : 150,00 € — économie : 100,00 €']);
    expect(read(8, 'en')).toEqual(['Your share: €150.00 — saving: €100.00']);
  });
});

describe('the solo price field of the editor says what the price is for (issue 16)', () => {
  const label = (texts: unknown, locale: 'fr' | 'en', key: string) =>
    say(texts, locale, { key: `projects.editor.${key}`, params: { currency: 'EUR' } });

  it('a price for the whole line, per shop, VAT included — in French and English', () => {
    expect(label(fr, 'fr', 'soloPrice')).toBe('Prix seul TTC pour toute la ligne, par boutique (EUR, facultatif)');
    expect(label(fr, 'fr', 'soloPriceHint')).toContain('pour toute cette ligne (toute la quantité, TVA comprise)');
    expect(label(fr, 'fr', 'soloTotal')).toBe('Prix seul (par boutique)');
    expect(label(en, 'en', 'soloPrice')).toBe('Solo price incl. VAT for the whole line, per shop (EUR, optional)');
    expect(label(en, 'en', 'soloPriceHint')).toContain('for this whole line (the full quantity, VAT included)');
    expect(label(en, 'en', 'soloTotal')).toBe('Solo price (per shop)');
  });
});
