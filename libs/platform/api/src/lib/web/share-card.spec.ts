import { imageSize } from 'image-size';
import { parse } from 'node-html-parser';
import {
  cardText,
  renderShareCard,
  SHARE_CARD_HEIGHT,
  SHARE_CARD_WIDTH,
  shareCardColour,
  shareCardKey,
  shareCardSvg,
  ShareCards,
  wrapText,
} from './share-card';

const CARD = {
  colour: '#1d4e89',
  kicker: 'Les Vitrines de Vitré',
  title: 'Cashmob chez Épicerie <Fine> & "Co" $& 🎉',
  lines: ['samedi 12 décembre 2026, 15:00 – 17:00', 'Place du Château'],
};

describe('share cards', () => {
  it('escapes every text in the SVG (no broken tags) and drops what the font cannot draw', () => {
    const svg = shareCardSvg(CARD);
    const texts = parse(svg)
      .querySelectorAll('text')
      .map((t) => t.text);
    expect(texts.slice(1, 3).join(' ')).toBe('Cashmob chez Épicerie <Fine> & "Co" $&');
    expect(svg).toContain('&lt;Fine&gt; &amp; &quot;Co&quot; $&amp;');
    expect(svg).not.toContain('<Fine>');
    expect(cardText('A\u0000B 👍🏽 ❤️ C')).toBe('A B C');
  });

  it('wraps a long title into three lines at most, ending with an ellipsis', () => {
    const lines = wrapText(Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' '), 68, true, 1056, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(wrapText('Court', 68, true, 1056, 3)).toEqual(['Court']);
  });

  it('keys a card by its content: same content, same key; any change, a new key', () => {
    expect(shareCardKey(CARD)).toBe(shareCardKey({ ...CARD, lines: [...CARD.lines] }));
    expect(shareCardKey({ ...CARD, title: 'Autre titre' })).not.toBe(shareCardKey(CARD));
    expect(shareCardKey({ ...CARD, colour: '#8f4c00' })).not.toBe(shareCardKey(CARD));
    expect(shareCardKey(CARD)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('picks a stable colour of the palette for a seed', () => {
    expect(shareCardColour('Les Vitrines de Vitré')).toBe(shareCardColour('Les Vitrines de Vitré'));
    expect(shareCardColour('x')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('renders a 1200 x 630 PNG with the packaged fonts, once per content', async () => {
    const png = await renderShareCard(CARD);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(imageSize(png)).toMatchObject({ width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT, type: 'png' });
    const cards = new ShareCards();
    const first = await cards.png(CARD);
    expect(await cards.png({ ...CARD })).toBe(first);
    expect(await cards.png({ ...CARD, title: 'Autre' })).not.toBe(first);
  });
});
