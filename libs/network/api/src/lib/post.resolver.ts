import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { ReactionEmoji } from '@assoc/network-domain';
import {
  Allow,
  CurrentMember,
  GraphqlContext,
  HttpRequest,
  Member,
  memberOf,
  Permission,
  selectsPath,
  uuidArg,
} from '@assoc/platform-api';
import type { GraphQLResolveInfo } from 'graphql';
import { CommentsService } from './comments.service';
import { CreatePostInput } from './create-post.input';
import { FeedArgs } from './feed.args';
import { FeedPostExtras, FeedService } from './feed.service';
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

/**
 * What the feed read with a post (author, topic, images, counts, reactions), on the post's model: its
 * field resolvers answer from it, synchronously, instead of priming five loaders and loading from each
 * per post. A null author or topic is looked up as any other post's would be.
 */
const FEED_EXTRAS = Symbol('feedExtras');

type FeedPostModel = PostModel & { [FEED_EXTRAS]?: FeedPostExtras };

/** A post's fields the feed's page reads only when the document asks for one of them (its `details`). */
const DETAIL_FIELDS = ['topic', 'images', 'reactions', 'myReactions'];

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
    @Context('req') req: HttpRequest,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PostConnection> {
    const authorShops = selectsPath(info, ['nodes', 'author', 'shop']);
    const details = DETAIL_FIELDS.some((field) => selectsPath(info, ['nodes', field]));
    const page = await this.feedService.page(member, args, { authorShops, details });
    // The page came with each post's author (and their shop when asked), topic, images, comment count
    // and reactions: each post's model carries them and its field resolvers answer from them, without a
    // loader (the shops go to the directory's loader, which the author's `shop` field reads).
    if (page.authorShops) this.shops.primeMemberShops(req, member.associationId, page.authorShops);
    return {
      nodes: page.posts.map((p) => {
        const node: FeedPostModel = toPostModel(p, member);
        node[FEED_EXTRAS] = page.extras.get(p.id);
        return node;
      }),
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
  author(
    post: FeedPostModel,
    _args: unknown,
    context: GraphqlContext,
  ): MembershipModel | Promise<MembershipModel | null> {
    const read = post[FEED_EXTRAS]?.author;
    if (read) return read;
    const { req } = context;
    const member = memberOf(context);
    return membershipsLoader(req, this.memberships, member).load(post.authorMembershipId);
  }

  @ResolveField(() => TopicModel, { nullable: true })
  topic(post: FeedPostModel, _args: unknown, context: GraphqlContext): TopicModel | Promise<TopicModel | null> | null {
    const read = post[FEED_EXTRAS]?.topic;
    if (read) return read;
    const { req } = context;
    const member = memberOf(context);
    return post.topicId ? postTopicsLoader(req, this.topics, member).load(post.topicId) : null;
  }

  @ResolveField(() => [PostImageModel])
  images(post: FeedPostModel, _args: unknown, context: GraphqlContext): PostImageModel[] | Promise<PostImageModel[]> {
    const read = post[FEED_EXTRAS]?.images;
    if (read) return read;
    const { req } = context;
    const member = memberOf(context);
    return postImagesLoader(req, this.imageService, member).load(post.id);
  }

  @ResolveField(() => Int, { description: 'Visible comments and replies.' })
  commentCount(post: FeedPostModel, _args: unknown, context: GraphqlContext): number | Promise<number> {
    const read = post[FEED_EXTRAS];
    if (read) return read.commentCount;
    const { req } = context;
    const member = memberOf(context);
    return postCommentCountsLoader(req, this.comments, member).load(post.id);
  }

  @ResolveField(() => [ReactionSummaryModel], { description: 'Used reactions in the fixed order, with counts.' })
  reactions(
    post: FeedPostModel,
    _args: unknown,
    context: GraphqlContext,
  ): ReactionSummaryModel[] | Promise<ReactionSummaryModel[]> {
    const read = post[FEED_EXTRAS]?.reactions;
    if (read) return read;
    const { req } = context;
    const member = memberOf(context);
    return postReactionsLoader(req, this.reactionService, member).load(post.id);
  }

  @ResolveField(() => [ReactionEmoji], { description: "The caller's own reactions to this post." })
  async myReactions(post: FeedPostModel, _args: unknown, context: GraphqlContext): Promise<ReactionEmoji[]> {
    const { req } = context;
    const member = memberOf(context);
    return (
      post[FEED_EXTRAS]?.reactions ?? (await postReactionsLoader(req, this.reactionService, member).load(post.id))
    )
      .filter((r) => r.reactedByMe)
      .map((r) => r.emoji);
  }
}
