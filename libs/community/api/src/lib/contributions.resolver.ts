import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RecommendationStatus } from '@assoc/community-domain';
import { ShopReads } from '@assoc/directory-api';
import { Allow, CurrentMember, Member, Permission, RequestLocale } from '@assoc/platform-api';
import { Locale } from '@assoc/platform-domain';
import { AuthorNames } from './author-names.service';
import { CoCreatedProductsService } from './co-created-products.service';
import { MarkCoCreatedProductInput } from './community.inputs';
import { CoCreatedProductModel, RecommendationModel } from './community.models';
import { RecommendationEntity } from './recommendation.entity';
import { RecommendationsService } from './recommendations.service';

/** Recommendations (the board moderates, a shop marks helpful) and co-created products (a shop marks its own). */
@Resolver()
export class ContributionsResolver {
  constructor(
    private readonly recommending: RecommendationsService,
    private readonly coCreated: CoCreatedProductsService,
    private readonly names: AuthorNames,
    private readonly shops: ShopReads,
  ) {}

  @Allow(Permission.AnswerIdeas)
  @Query(() => [RecommendationModel], { description: 'Customers’ recommendations of shops, to moderate.' })
  async recommendations(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('status', { type: () => RecommendationStatus, nullable: true }) status?: RecommendationStatus | null,
  ): Promise<RecommendationModel[]> {
    return this.models(member, locale, await this.recommending.list(member.associationId, status ?? null));
  }

  @Allow(Permission.ShopContributions)
  @Query(() => [RecommendationModel], { description: 'The published recommendations of my shop.' })
  async myShopRecommendations(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<RecommendationModel[]> {
    return this.models(member, locale, await this.recommending.ofMyShop(member));
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => RecommendationModel, { description: 'Publishes (true) or rejects (false) a pending recommendation.' })
  async moderateRecommendation(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('id', { type: () => ID }) id: string,
    @Args('publish') publish: boolean,
  ): Promise<RecommendationModel> {
    return (await this.models(member, locale, [await this.recommending.moderate(member, id, publish)]))[0];
  }

  @Allow(Permission.ShopContributions)
  @Mutation(() => RecommendationModel, {
    description: 'My shop finds this recommendation helpful: its author earns points once.',
  })
  async markRecommendationHelpful(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RecommendationModel> {
    return (await this.models(member, locale, [await this.recommending.markHelpful(member, id)]))[0];
  }

  @Allow(Permission.ShopContributions)
  @Query(() => [CoCreatedProductModel], { description: 'My shop’s featured products marked co-created.' })
  myCoCreatedProducts(@Member() member: CurrentMember): Promise<CoCreatedProductModel[]> {
    return this.coCreated.ofMyShop(member);
  }

  @Allow(Permission.ShopContributions)
  @Mutation(() => CoCreatedProductModel, {
    description:
      'Marks my featured product "co-created with our customers", linked to an adopted idea, with a share of its sales’ points.',
  })
  markCoCreatedProduct(
    @Member() member: CurrentMember,
    @Args('input') input: MarkCoCreatedProductInput,
  ): Promise<CoCreatedProductModel> {
    return this.coCreated.mark(member, input);
  }

  @Allow(Permission.ShopContributions)
  @Mutation(() => Boolean)
  unmarkCoCreatedProduct(
    @Member() member: CurrentMember,
    @Args('productId', { type: () => ID }) productId: string,
  ): Promise<boolean> {
    return this.coCreated.unmark(member, productId);
  }

  private async models(
    member: CurrentMember,
    locale: Locale,
    rows: RecommendationEntity[],
  ): Promise<RecommendationModel[]> {
    const refs = rows.map((r) => ({ authorMembershipId: null, authorCustomerId: r.customerId }));
    const [name, shops] = await Promise.all([
      this.names.of(member.associationId, refs, locale),
      this.shops.names(
        member.associationId,
        rows.map((r) => r.shopId),
      ),
    ]);
    return rows.map((r, i) => ({
      id: r.id,
      shopId: r.shopId,
      shopName: shops.get(r.shopId) ?? '',
      authorName: name(refs[i]).name,
      text: r.text,
      status: r.status,
      helpful: r.helpfulAt !== null,
      createdAt: r.createdAt,
    }));
  }
}
