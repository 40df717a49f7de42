import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReactionEmoji } from '@assoc/network-domain';

registerEnumType(ReactionEmoji, {
  name: 'ReactionEmoji',
  description:
    'The fixed set of reactions: THUMBS_UP 👍, HEART ❤️, PARTY 🎉, CLAP 👏, BULB 💡 (REACTION_EMOJI in @assoc/network-domain).',
});

@ObjectType('ReactionSummary')
export class ReactionSummaryModel {
  @Field(() => ReactionEmoji) emoji!: ReactionEmoji;
  @Field({ description: 'The emoji character itself.' }) symbol!: string;
  @Field(() => Int) count!: number;
  @Field() reactedByMe!: boolean;
}
