import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { Allow, CurrentMember, GraphqlContext, Member, memberOf, Permission, uuidArg } from '@assoc/platform-api';
import { CommentConnection } from './comment-connection.model';
import { commentRepliesLoader } from './comment-replies.loader';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { CommentsArgs } from './comments.args';
import { CommentsService } from './comments.service';
import { CreateCommentInput } from './create-comment.input';
import { membershipsLoader } from './memberships.loader';
import { UpdateCommentInput } from './update-comment.input';

/** The per-comment fields are on Nest's fast path (no parameter decorators: see memberOf). */
@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly memberships: MembershipReads,
  ) {}

  @Allow(Permission.ViewFeed)
  @Query(() => CommentConnection, { description: 'Top-level comments of a post, oldest first, each with its replies.' })
  async comments(@Args() args: CommentsArgs, @Member() member: CurrentMember): Promise<CommentConnection> {
    const page = await this.service.page(member, args);
    return {
      nodes: page.comments.map((c) => toCommentModel(c, member)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Allow(Permission.Post)
  @Mutation(() => CommentModel, {
    description:
      "Comments a post, or replies to a comment; notifies the post's author, the replied-to author and mentioned members.",
  })
  async createComment(
    @Args('input') input: CreateCommentInput,
    @Member() member: CurrentMember,
  ): Promise<CommentModel> {
    return toCommentModel(await this.service.create(member, input), member);
  }

  @Allow(Permission.Post)
  @Mutation(() => CommentModel)
  async updateComment(
    @Args('input') input: UpdateCommentInput,
    @Member() member: CurrentMember,
  ): Promise<CommentModel> {
    return toCommentModel(await this.service.update(member, input), member);
  }

  @Allow(Permission.Post)
  @Mutation(() => Boolean)
  async deleteComment(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<boolean> {
    await this.service.delete(member, id);
    return true;
  }

  @ResolveField(() => MembershipModel, { nullable: true })
  author(comment: CommentModel, _args: unknown, context: GraphqlContext): Promise<MembershipModel | null> {
    const { req } = context;
    const member = memberOf(context);
    return membershipsLoader(req, this.memberships, member).load(comment.authorMembershipId);
  }

  @ResolveField(() => [CommentModel], { description: 'Replies, oldest first (empty for a reply).' })
  async replies(comment: CommentModel, _args: unknown, context: GraphqlContext): Promise<CommentModel[]> {
    const { req } = context;
    const member = memberOf(context);
    return comment.parentId ? [] : commentRepliesLoader(req, this.service, member).load(comment.id);
  }
}
