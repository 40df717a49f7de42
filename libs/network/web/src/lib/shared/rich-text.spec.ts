import { highlightParts, textSegments } from './rich-text';

const LUCIE = '0b6f1f8e-3c1a-4d2b-9f3e-2a1b3c4d5e6f';

describe('textSegments', () => {
  it('keeps plain text (markup included) as text, for the template to escape', () => {
    expect(textSegments('Bonjour <b>tous</b>\nà samedi')).toEqual([
      { kind: 'text', text: 'Bonjour <b>tous</b>\nà samedi' },
    ]);
  });

  it('turns mention tokens into mentions and addresses into links, leaving the final punctuation out', () => {
    expect(textSegments(`Merci @[Lucie Gautier](${LUCIE}), voir https://vitre.fr/noel. Et www.example.org !`)).toEqual([
      { kind: 'text', text: 'Merci ' },
      { kind: 'mention', name: 'Lucie Gautier', membershipId: LUCIE },
      { kind: 'text', text: ', voir ' },
      { kind: 'link', text: 'https://vitre.fr/noel', href: 'https://vitre.fr/noel' },
      { kind: 'text', text: '. Et ' },
      { kind: 'link', text: 'www.example.org', href: 'https://www.example.org' },
      { kind: 'text', text: ' !' },
    ]);
  });

  it('links nothing but http(s) and www addresses', () => {
    expect(textSegments('javascript:alert(1) ftp://x.fr').every((s) => s.kind === 'text')).toBe(true);
  });

  it('leaves a malformed token as text', () => {
    expect(textSegments('@[Lucie](pas-un-id)')).toEqual([{ kind: 'text', text: '@[Lucie](pas-un-id)' }]);
  });
});

describe('highlightParts', () => {
  it('reads only <mark> as markup and shows the escaped rest literally', () => {
    expect(highlightParts('La <mark>braderie</mark> &lt;script&gt; &amp; <mark>fête</mark>')).toEqual([
      { text: 'La ', marked: false },
      { text: 'braderie', marked: true },
      { text: ' <script> & ', marked: false },
      { text: 'fête', marked: true },
    ]);
  });

  it('does not unescape twice', () => {
    expect(highlightParts('&amp;lt;b&amp;gt;')).toEqual([{ text: '&lt;b&gt;', marked: false }]);
  });
});
