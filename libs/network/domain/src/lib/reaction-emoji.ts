/** The fixed set of reactions a post can receive. */
export enum ReactionEmoji {
  THUMBS_UP = 'THUMBS_UP',
  HEART = 'HEART',
  PARTY = 'PARTY',
  CLAP = 'CLAP',
  BULB = 'BULB',
}

/** The character each reaction is shown as, in display order. */
export const REACTION_EMOJI: Readonly<Record<ReactionEmoji, string>> = {
  [ReactionEmoji.THUMBS_UP]: '👍',
  [ReactionEmoji.HEART]: '❤️',
  [ReactionEmoji.PARTY]: '🎉',
  [ReactionEmoji.CLAP]: '👏',
  [ReactionEmoji.BULB]: '💡',
};

export const REACTION_ORDER: readonly ReactionEmoji[] = Object.values(ReactionEmoji);

export function isReactionEmoji(value: unknown): value is ReactionEmoji {
  return typeof value === 'string' && (REACTION_ORDER as readonly string[]).includes(value);
}
