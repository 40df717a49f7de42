import { Locale } from '@assoc/platform-domain';
import { checkboxField, field, formErrors, textField } from './forms';
import { markup, raw } from './html';
import { renderNotFoundPage, renderPublicPage, urlWithLang } from './layout';
import { publicPageAssets, publicPageAssetUrls } from './public-page-assets';
import { shareBox } from './share';
import { AppError } from '../../graphql/app-error';

const page = (title: string, locale = Locale.FR) =>
  renderPublicPage({
    locale,
    url: '/c/abc?receipt=confirmed',
    openGraph: { title, description: 'Venez !', siteName: 'Les Vitrines', url: 'https://vitre.example/c/abc' },
    main: markup`<h1>${title}</h1>`,
  });

describe('the public pages base', () => {
  it('gives a page a share box: its link in a field, a button named in the reader’s language, every value escaped', () => {
    const fr = shareBox(Locale.FR, { url: 'https://vitre.example/b/1?a=1&b=2', title: 'Chez "Lu" <b>' }).text;
    expect(fr).toContain('value="https://vitre.example/b/1?a=1&amp;b=2"');
    expect(fr).toContain('data-share-title="Chez &quot;Lu&quot; &lt;b&gt;"');
    expect(fr).toContain('<label class="share-label" for="share-url">Lien de cette page</label>');
    expect(fr).toContain('data-copy-label="Copier le lien"');
    const en = shareBox(Locale.EN, { url: 'https://vitre.example/b/1', title: 'x' }).text;
    expect(en).toContain('<span>Share</span>');
    expect(en).toContain('data-copied="Link copied: paste it in a message."');
  });

  it('escapes every value, joins lists, drops absent ones, and keeps html pieces as they are', () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(markup`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
    const items = ['a<', 'b'].map((x) => markup`<li>${x}</li>`);
    expect(markup`<ul>${items}</ul>`.text).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(markup`${null}${undefined}${false}${0}${raw('<br />')}`.text).toBe('0<br />');
  });

  it('renders a whole page: language, title as text, preview tags, hashed style sheet and deferred script, no inline script', () => {
    const out = page('Chez <script>Lu</script>');
    expect(out.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(out).toContain('<title>Chez &lt;script&gt;Lu&lt;/script&gt;</title>');
    expect(out).toContain('<h1>Chez &lt;script&gt;Lu&lt;/script&gt;</h1>');
    expect(out).not.toContain('<script>Lu');
    expect(out).toContain('<meta property="og:locale" content="fr_FR" />');
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    const { css, js } = publicPageAssetUrls();
    expect(css).toMatch(/^\/page-assets\/public-page-[0-9A-F]{8}\.css$/);
    expect(out).toContain(`<link rel="stylesheet" href="${css}" />`);
    expect(out).toContain(`<script src="${js}" defer></script>`);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).not.toMatch(/<style|style="| on[a-z]+="/);
    // The language menu keeps the address and sets ?lang=.
    expect(out).toMatch(/href="\/c\/abc\?receipt=confirmed&amp;lang=en"\s*>English</);
    // Buttons and links are named by the words they show, then what they do (WCAG 2.5.3).
    expect(out).toContain('aria-label="Choisir la langue, FR"');
    expect(out).toContain('aria-label="Cœur de Ville – Accueil"');
    expect(page('Hello', Locale.EN)).toContain('<html lang="en">');
    expect(page('Hello', Locale.EN)).toContain('aria-label="Choose the language, EN"');
    expect(urlWithLang('/b/1?lang=fr', Locale.EN)).toBe('/b/1?lang=en');
    // An association's name may take two lines (public-page.css), the platform's name stays on one.
    expect(out).toContain('<span class="brand-name">Cœur de Ville</span>');
    const withAssociation = renderPublicPage({
      locale: Locale.FR,
      url: '/b/1',
      openGraph: { title: 'x' },
      main: markup``,
      association: { name: 'Les Vitrines de Vitré' },
    });
    expect(withAssociation).toContain('<span class="brand-name association">Les Vitrines de Vitré</span>');
  });

  it('keeps the not-found page out of search engines', () => {
    const out = renderNotFoundPage(Locale.EN, '/c/nope', 'https://vitre.example');
    expect(out).toContain('<meta name="robots" content="noindex" />');
    expect(out).toContain('<h1>Page not found</h1>');
    const bare = renderPublicPage({
      locale: Locale.FR,
      url: '/c/x',
      openGraph: { title: 'Lien non valable' },
      main: markup``,
    });
    expect(bare).toContain('<meta name="robots" content="noindex" />');
    expect(bare).not.toContain('og:');
  });

  it('compresses the style sheet and the script once, under names that change with their content', () => {
    const assets = publicPageAssets();
    expect(assets.css.gzip.length).toBeLessThan(assets.css.body.length);
    expect(assets.js.brotli.length).toBeLessThan(assets.js.body.length);
    expect(assets.js.gzip.length).toBeLessThan(3 * 1024);
  });

  it('ties errors to their fields, in the reader language', () => {
    const errors = formErrors(AppError.field('intendedSpendCents', 'required'), Locale.EN, {
      intendedSpendCents: 'amount',
    });
    expect(errors).toEqual({
      message: 'This field is required.',
      fields: { amount: 'This field is required.' },
      status: 400,
    });
    expect(formErrors(AppError.conflict('email', 'required'), Locale.FR).status).toBe(409);
    expect(formErrors(AppError.tooManyRequests(), Locale.FR).status).toBe(429);
    const amountField = textField({
      name: 'amount',
      label: 'Amount',
      value: '"15"',
      error: errors.fields['amount'],
      hint: 'From 5 €',
    }).text;
    expect(amountField).toContain('<label for="f-amount">Amount</label>');
    expect(amountField).toContain('value="&quot;15&quot;"');
    expect(amountField).toContain('aria-describedby="f-amount-hint f-amount-error" aria-invalid="true"');
    expect(amountField).toContain('<p class="error" id="f-amount-error">This field is required.</p>');
    const box = checkboxField({ name: 'consent', label: 'OK', checked: true }).text;
    expect(box).toMatch(/type="checkbox"\s+value="true"\s+checked/);
    expect(() => formErrors(new Error('boom'), Locale.FR)).toThrow('boom');
  });

  it('reads a posted field as text: a missing, repeated or non-text field is empty', () => {
    const body = { email: ' lu@example.fr ', tags: ['a', 'b'], count: 3 };
    expect(field(body, 'email')).toBe(' lu@example.fr ');
    expect([field(body, 'tags'), field(body, 'count'), field(body, 'absent')]).toEqual(['', '', '']);
    expect([field(undefined, 'email'), field(null, 'email')]).toEqual(['', '']);
  });
});
