import { mentionsAsPlainText, newlyMentioned, parseMentions } from './mentions';

const A = '3f2b8c1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f';
const B = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';

describe('mentions', () => {
  it('finds each mentioned member once, in order, whatever the case of the id', () => {
    const text = `Merci @[Lucie Gautier](${A}) et @[Marc](${B.toUpperCase()}) ! Encore merci @[Lucie](${A}).`;
    expect(parseMentions(text)).toEqual([
      { name: 'Lucie Gautier', membershipId: A },
      { name: 'Marc', membershipId: B },
    ]);
  });

  it('ignores look-alikes: no id, a bad id, a bare @name, a line break in the name', () => {
    expect(parseMentions('@[Lucie]() @[Lucie](12) @Lucie @[Lu\ncie](' + A + ') mail@example.fr')).toEqual([]);
  });

  it('tells which members an edit newly mentions', () => {
    expect(newlyMentioned(`@[A](${A})`, `@[A](${A}) @[B](${B})`)).toEqual([B]);
    expect(newlyMentioned(null, `@[A](${A})`)).toEqual([A]);
  });

  it('shows tokens as @Name', () => {
    expect(mentionsAsPlainText(`Bonjour @[Lucie Gautier](${A}) !`)).toBe('Bonjour @Lucie Gautier !');
  });
});
