import { highlightToHtml } from './search-snippet';

describe('search snippets', () => {
  it('escapes what members wrote and keeps only the highlight markers as <mark>', () => {
    expect(highlightToHtml('La \u0002boulangerie\u0003 <script>alert("x")</script> & Cie')).toBe(
      'La <mark>boulangerie</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie',
    );
  });

  it('balances unmatched markers', () => {
    expect(highlightToHtml('\u0002a\u0002b')).toBe('<mark>ab</mark>');
    expect(highlightToHtml('a\u0003b')).toBe('ab');
  });
});
