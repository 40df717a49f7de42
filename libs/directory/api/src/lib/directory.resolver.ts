import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipModel, MembersService, toMembershipModel } from '@assoc/associations-api';
import { Allow, CurrentMember, GraphqlContext, Member, Permission, uuidArg } from '@assoc/platform-api';
import { DirectoryService } from './directory.service';
import { memberShopsLoader } from './member-shops.loader';
import { DirectoryArgs, UpdateMyShopInput } from './shop.inputs';
import { MembershipConnection, ShopModel } from './shop.models';
import { ShopsService, toShopModel } from './shops.service';

/** A member's shop read with the directory's page (null: none), on the member's model: its `shop` field answers it. */
const MEMBER_SHOP = Symbol('memberShop');

type DirectoryMember = MembershipModel & { [MEMBER_SHOP]?: ShopModel | null };

@Resolver(() => MembershipModel)
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly shops: ShopsService,
    private readonly members: MembersService,
  ) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => MembershipConnection, {
    name: 'directory',
    description: 'Members of the current association, searchable, by shop name.',
  })
  async directoryPage(@Args() args: DirectoryArgs, @Member() member: CurrentMember): Promise<MembershipConnection> {
    const page = await this.directory.page(member, args);
    // The shops came with the page: each member's model carries its own, which the `shop` field answers.
    const nodes: DirectoryMember[] = page.memberships;
    nodes.forEach((node, i) => (node[MEMBER_SHOP] = page.shops[i]));
    return {
      nodes,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Allow(Permission.ViewDirectory)
  @Query(() => MembershipModel, { description: 'One member of the current association.' })
  async member(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.members.get(member, id), member);
  }

  @Allow(Permission.ViewDirectory)
  @Query(() => ShopModel, { nullable: true, description: "The caller's shop in the current association." })
  async myShop(@Member() member: CurrentMember): Promise<ShopModel | null> {
    const shop = await this.shops.mine(member);
    return shop && toShopModel(shop);
  }

  @Allow(Permission.EditOwnShop)
  @Mutation(() => ShopModel)
  async updateMyShop(@Args('input') input: UpdateMyShopInput, @Member() member: CurrentMember): Promise<ShopModel> {
    return toShopModel(await this.shops.updateMine(member, input));
  }

  /**
   * The shop the directory's page read with the member, else batched per request (a page of 50 members
   * costs one query for their shops). Nest's fast path (see memberOf).
   */
  @ResolveField(() => ShopModel, { nullable: true })
  shop(
    membership: DirectoryMember,
    _args: unknown,
    context: GraphqlContext,
  ): ShopModel | null | Promise<ShopModel | null> {
    const read = membership[MEMBER_SHOP];
    if (read !== undefined) return read;
    return memberShopsLoader(context.req, this.shops, membership.associationId).load(membership.id);
  }
}
