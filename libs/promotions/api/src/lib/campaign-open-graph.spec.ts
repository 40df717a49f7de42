import { withOpenGraph } from '@assoc/platform-api';
import { campaignOpenGraph } from './campaign-open-graph';

const INDEX =
  '<!doctype html>\n<html lang="fr">\n  <head>\n    <title>Cœur de Ville</title>\n  </head>\n  <body></body>\n</html>\n';

describe('a campaign’s link preview', () => {
  it('says what, when in the association’s time zone, and how many offers, escaped', () => {
    const page = campaignOpenGraph(
      {
        title: 'Vitré en fête',
        theme: 'Les vitrines de l’hiver',
        description: 'Une semaine <d’offres> chez les commerçants.',
        associationName: 'Les Vitrines de Vitré',
        // 23:30 UTC on 30 November is already 1 December in Paris.
        startsAt: new Date('2026-11-30T23:30:00Z'),
        endsAt: new Date('2026-12-08T18:00:00Z'),
        timeZone: 'Europe/Paris',
        offers: [{}, {}] as never,
      },
      'https://vitre.example/p/abc',
    );
    expect(page.title).toBe('Vitré en fête — Les Vitrines de Vitré');
    expect(page.description).toMatch(/^Du 1er décembre au 8 décembre : 2 offres dans les boutiques\./);
    const html = withOpenGraph(INDEX, page);
    expect(html).toContain('<meta property="og:title" content="Vitré en fête — Les Vitrines de Vitré" />');
    expect(html).toContain('&lt;d’offres&gt;');
    expect(html).toContain('<meta property="og:url" content="https://vitre.example/p/abc" />');
  });
});
