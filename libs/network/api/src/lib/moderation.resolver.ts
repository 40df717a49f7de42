import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { HideContentInput } from './hide-content.input';
import { ModerationService } from './moderation.service';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Allow(Permission.Moderate)
  @Mutation(() => PostModel, {
    description: 'Hides a post with a reason told to its author (MODERATION); it stays in the database.',
  })
  async hidePost(@Args('input') input: HideContentInput, @Member() member: CurrentMember): Promise<PostModel> {
    return toPostModel(await this.moderation.hidePost(member, input), member);
  }

  @Allow(Permission.Moderate)
  @Mutation(() => PostModel)
  async unhidePost(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<PostModel> {
    return toPostModel(await this.moderation.unhidePost(member, id), member);
  }

  @Allow(Permission.Moderate)
  @Mutation(() => CommentModel, { description: 'Hides a comment (and its replies) with a reason told to its author.' })
  async hideComment(@Args('input') input: HideContentInput, @Member() member: CurrentMember): Promise<CommentModel> {
    return toCommentModel(await this.moderation.hideComment(member, input), member);
  }

  @Allow(Permission.Moderate)
  @Mutation(() => CommentModel)
  async unhideComment(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CommentModel> {
    return toCommentModel(await this.moderation.unhideComment(member, id), member);
  }
}
