import { isReactionEmoji, REACTION_EMOJI, REACTION_ORDER, ReactionEmoji } from './reaction-emoji';

describe('reactions', () => {
  it('has the five fixed emoji, in order', () => {
    expect(REACTION_ORDER.map((r) => REACTION_EMOJI[r])).toEqual(['👍', '❤️', '🎉', '👏', '💡']);
    expect(isReactionEmoji(ReactionEmoji.BULB)).toBe(true);
    expect(isReactionEmoji('ANGRY')).toBe(false);
  });
});
