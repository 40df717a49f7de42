import { withOpenGraph } from './open-graph';

const INDEX =
  '<!doctype html>\n<html lang="fr">\n  <head>\n    <title>Association de commerçants</title>\n  </head>\n  <body><assoc-root></assoc-root></body>\n</html>\n';

describe('withOpenGraph', () => {
  it("inserts user text as it is: replacement patterns ($', $`, $&) in a name do not expand", () => {
    const title = "Chez Lu $' & $` « $& » <b>";
    const html = withOpenGraph(INDEX, {
      title,
      description: "Le $' meilleur $& du $` quartier",
      siteName: 'Les Vitrines $&',
      url: 'https://vitre.example/c/abc',
    });
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    const escaped = 'Chez Lu $&#39; &amp; $` « $&amp; » &lt;b&gt;';
    expect(html).toContain(`<title>${escaped}</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escaped}" />`);
    expect(html).toContain('<meta property="og:site_name" content="Les Vitrines $&amp;" />');
    expect(html).toContain('<meta name="description" content="Le $&#39; meilleur $&amp; du $` quartier" />');
  });
});
