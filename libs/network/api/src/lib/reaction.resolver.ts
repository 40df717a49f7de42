import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MembershipModel } from '@assoc/associations-api';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';
import { ReactionInput } from './reaction.input';
import { ReactionsService } from './reactions.service';
import { ReactorsArgs } from './reactors.args';

@Resolver()
export class ReactionResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Allow(Permission.Post)
  @Mutation(() => PostModel, {
    description: "Adds the caller's reaction, or removes it when already there; returns the post.",
  })
  async toggleReaction(@Args('input') input: ReactionInput, @Member() member: CurrentMember): Promise<PostModel> {
    return toPostModel(await this.reactions.toggle(member, input.postId, input.emoji), member);
  }

  @Allow(Permission.ViewFeed)
  @Query(() => [MembershipModel], { description: 'Who reacted to a post with this emoji, first first.' })
  async reactors(@Args() args: ReactorsArgs, @Member() member: CurrentMember): Promise<MembershipModel[]> {
    return this.reactions.reactors(member, args.postId, args.emoji);
  }
}
