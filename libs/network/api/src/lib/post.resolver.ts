import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { ReactionEmoji } from '@assoc/network-domain';
import {
  Allow,
  CurrentMember,
  GraphqlContext,
  Member,
  memberOf,
  Permission,
  selectsPath,
  uuidArg,
} from '@assoc/platform-api';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { CommentsService } from './comments.service';
import { CreatePostInput } from './create-post.input';
import { FeedArgs } from './feed.args';
import { FeedService } from './feed.service';
import { membershipsLoader } from './memberships.loader';
import { postCommentCountsLoader } from './post-comment-counts.loader';
import { PostConnection } from './post-connection.model';
import { PostImageModel } from './post-image.model';
import { postImagesLoader } from './post-images.loader';
import { PostImagesService } from './post-images.service';
import { postReactionsLoader } from './post-reactions.loader';
import { postTopicsLoader } from './post-topics.loader';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';
import { PostsService } from './posts.service';
import { ReactionSummaryModel } from './reaction-summary.model';
import { ReactionsService } from './reactions.service';
import { TopicModel } from './topic.model';
import { TopicsService } from './topics.service';
import { UpdatePostInput } from './update-post.input';

/** The per-post fields are on Nest's fast path (no parameter decorators: see memberOf). */
@Resolver(() => PostModel)
export class PostResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly posts: PostsService,
    private readonly topics: TopicsService,
    private readonly imageService: PostImagesService,
    private readonly comments: CommentsService,
    private readonly reactionService: ReactionsService,
    private readonly memberships: MembershipReads,
    private readonly shops: ShopReads,
  ) {}

  @Allow(Permission.ViewFeed)
  @Query(() => PostConnection, {
    description: 'Pinned announcements first, then newest first; hidden and deleted posts left out.',
  })
  async feed(
    @Args() args: FeedArgs,
    @Member() member: CurrentMember,
    @Context('req') req: Request,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PostConnection> {
    const authorShops = selectsPath(info, ['nodes', 'author', 'shop']);
    const page = await this.feedService.page(member, args, { authorShops });
    // The page came with each post's author (and their shop when asked), topic, images, comment count
    // and reactions: the field resolvers find them in their loaders instead of querying again.
    if (page.authorShops) this.shops.primeMemberShops(req, member.associationId, page.authorShops);
    const authors = membershipsLoader(req, this.memberships, member);
    const topics = postTopicsLoader(req, this.topics, member);
    const images = postImagesLoader(req, this.imageService, member);
    const commentCounts = postCommentCountsLoader(req, this.comments, member);
    const reactions = postReactionsLoader(req, this.reactionService, member);
    for (const [postId, extras] of page.extras) {
      if (extras.author) authors.prime(extras.author.id, extras.author);
      if (extras.topic) topics.prime(extras.topic.id, extras.topic);
      images.prime(postId, extras.images);
      commentCounts.prime(postId, extras.commentCount);
      reactions.prime(postId, extras.reactions);
    }
    return {
      nodes: page.posts.map((p) => toPostModel(p, member)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Allow(Permission.ViewFeed)
  @Query(() => PostModel, { description: 'One post (a hidden one only for its author and moderators).' })
  async post(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<PostModel> {
    return toPostModel(await this.posts.get(member, id), member);
  }

  @Allow(Permission.Post)
  @Mutation(() => PostModel)
  async createPost(@Args('input') input: CreatePostInput, @Member() member: CurrentMember): Promise<PostModel> {
    return toPostModel(await this.posts.create(member, input), member);
  }

  @Allow(Permission.Post)
  @Mutation(() => PostModel, { description: "Edits the caller's own post (sets editedAt)." })
  async updatePost(@Args('input') input: UpdatePostInput, @Member() member: CurrentMember): Promise<PostModel> {
    return toPostModel(await this.posts.update(member, input), member);
  }

  @Allow(Permission.Post)
  @Mutation(() => Boolean, { description: "Deletes the caller's own post." })
  async deletePost(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<boolean> {
    await this.posts.delete(member, id);
    return true;
  }

  @ResolveField(() => MembershipModel, { nullable: true })
  author(post: PostModel, _args: unknown, context: GraphqlContext): Promise<MembershipModel | null> {
    const { req } = context;
    const member = memberOf(context);
    return membershipsLoader(req, this.memberships, member).load(post.authorMembershipId);
  }

  @ResolveField(() => TopicModel, { nullable: true })
  async topic(post: PostModel, _args: unknown, context: GraphqlContext): Promise<TopicModel | null> {
    const { req } = context;
    const member = memberOf(context);
    return post.topicId ? postTopicsLoader(req, this.topics, member).load(post.topicId) : null;
  }

  @ResolveField(() => [PostImageModel])
  images(post: PostModel, _args: unknown, context: GraphqlContext): Promise<PostImageModel[]> {
    const { req } = context;
    const member = memberOf(context);
    return postImagesLoader(req, this.imageService, member).load(post.id);
  }

  @ResolveField(() => Int, { description: 'Visible comments and replies.' })
  commentCount(post: PostModel, _args: unknown, context: GraphqlContext): Promise<number> {
    const { req } = context;
    const member = memberOf(context);
    return postCommentCountsLoader(req, this.comments, member).load(post.id);
  }

  @ResolveField(() => [ReactionSummaryModel], { description: 'Used reactions in the fixed order, with counts.' })
  reactions(post: PostModel, _args: unknown, context: GraphqlContext): Promise<ReactionSummaryModel[]> {
    const { req } = context;
    const member = memberOf(context);
    return postReactionsLoader(req, this.reactionService, member).load(post.id);
  }

  @ResolveField(() => [ReactionEmoji], { description: "The caller's own reactions to this post." })
  async myReactions(post: PostModel, _args: unknown, context: GraphqlContext): Promise<ReactionEmoji[]> {
    const { req } = context;
    const member = memberOf(context);
    return (await postReactionsLoader(req, this.reactionService, member).load(post.id))
      .filter((r) => r.reactedByMe)
      .map((r) => r.emoji);
  }
}
