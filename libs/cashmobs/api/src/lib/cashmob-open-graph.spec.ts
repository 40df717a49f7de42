import { withOpenGraph } from '@assoc/platform-api';
import { cashmobOpenGraph, OpenGraphFacts } from './cashmob-open-graph';

const facts: OpenGraphFacts = {
  shopName: 'Boulangerie "Le Fournil" <du Château>',
  town: 'Vitré',
  story: 'Venez goûter le kouign-amann & les pains au levain.',
  meetingPoint: 'Devant la vitrine',
  startsAt: new Date('2026-06-12T14:00:00Z'),
  endsAt: new Date('2026-06-12T16:00:00Z'),
  timeZone: 'Europe/Paris',
  spendMinCents: 1000,
  spendMaxCents: 2000,
  associationName: 'Les Vitrines de Vitré',
};

const INDEX =
  '<!doctype html>\n<html lang="fr">\n  <head>\n    <title>Cœur de Ville</title>\n  </head>\n  <body><assoc-root></assoc-root></body>\n</html>\n';

describe('cashmob Open Graph tags', () => {
  it('says what, when (in the association’s time zone), where and how much', () => {
    const { title, description } = cashmobOpenGraph(facts, 'https://example.org/c/abc');
    expect(title).toBe('Cashmob chez Boulangerie "Le Fournil" <du Château> (Vitré)');
    expect(description).toContain('vendredi 12 juin 2026, 16:00 – 18:00');
    expect(description).toContain('rendez-vous : Devant la vitrine.');
    expect(description).toContain('Dépense suggérée : 10,00 à 20,00 €.');
  });

  it('injects escaped tags before </head> and replaces the title', () => {
    const html = withOpenGraph(INDEX, cashmobOpenGraph(facts, 'https://example.org/c/abc'));
    expect(html).toContain(
      '<meta property="og:title" content="Cashmob chez Boulangerie &quot;Le Fournil&quot; &lt;du Château&gt; (Vitré)" />',
    );
    expect(html).toContain('<meta property="og:url" content="https://example.org/c/abc" />');
    expect(html).toContain('kouign-amann &amp; les pains');
    expect(html).toContain('<title>Cashmob chez Boulangerie &quot;Le Fournil&quot; &lt;du Château&gt; (Vitré)</title>');
    expect(html.indexOf('og:description')).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toContain('<du Château>');
  });

  it('clips a long story', () => {
    const html = withOpenGraph(
      INDEX,
      cashmobOpenGraph({ ...facts, story: 'a'.repeat(1000) }, 'https://example.org/c/abc'),
    );
    const description = /og:description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description.length).toBeLessThanOrEqual(300);
    expect(description.endsWith('…')).toBe(true);
  });
});
