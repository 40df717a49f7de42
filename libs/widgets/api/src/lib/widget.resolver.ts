import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { FEATURED_PRODUCTS_PER_SHOP } from '@assoc/widgets-domain';
import { FeaturedProductsService } from './featured-products.service';
import { toFeaturedProductModel, toWidgetModel } from './widget.mapper';
import {
  CreateFeaturedProductInput,
  CreateWidgetInput,
  UpdateFeaturedProductInput,
  UpdateWidgetInput,
} from './widget.inputs';
import { FeaturedProductModel, MyFeaturedProductsModel, WidgetModel, WidgetShopChoiceModel } from './widget.models';
import { WidgetsService } from './widgets.service';

/** The association's widgets (president and board). */
@Resolver(() => WidgetModel)
export class WidgetResolver {
  constructor(private readonly service: WidgetsService) {}

  @Allow(Permission.ManageWidgets)
  @Query(() => [WidgetModel], { description: 'The association’s widgets, newest first.' })
  async widgets(@Member() member: CurrentMember): Promise<WidgetModel[]> {
    return (await this.service.list(member)).map(toWidgetModel);
  }

  @Allow(Permission.ManageWidgets)
  @Query(() => WidgetModel)
  async widget(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<WidgetModel> {
    return toWidgetModel(await this.service.get(member, id));
  }

  @Allow(Permission.ManageWidgets)
  @Query(() => [WidgetShopChoiceModel], { description: 'The shops a widget may show.' })
  async widgetShopChoices(@Member() member: CurrentMember): Promise<WidgetShopChoiceModel[]> {
    return (await this.service.shopChoices(member)).map((s) => ({ id: s.id, name: s.name, trade: s.trade }));
  }

  @Allow(Permission.ManageWidgets)
  @Mutation(() => WidgetModel)
  async createWidget(@Args('input') input: CreateWidgetInput, @Member() member: CurrentMember): Promise<WidgetModel> {
    return toWidgetModel(await this.service.create(member, input));
  }

  @Allow(Permission.ManageWidgets)
  @Mutation(() => WidgetModel)
  async updateWidget(@Args('input') input: UpdateWidgetInput, @Member() member: CurrentMember): Promise<WidgetModel> {
    return toWidgetModel(await this.service.update(member, input));
  }

  @Allow(Permission.ManageWidgets)
  @Mutation(() => Boolean, { description: 'For good: pasted snippets then show a discreet placeholder.' })
  deleteWidget(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<boolean> {
    return this.service.remove(member, id);
  }
}

/** One's own shop's featured products (EditOwnShop). */
@Resolver(() => FeaturedProductModel)
export class FeaturedProductResolver {
  constructor(private readonly service: FeaturedProductsService) {}

  @Allow(Permission.EditOwnShop)
  @Query(() => MyFeaturedProductsModel)
  async myFeaturedProducts(@Member() member: CurrentMember): Promise<MyFeaturedProductsModel> {
    const { shop, products } = await this.service.mine(member);
    return {
      shopId: shop?.id ?? null,
      shopName: shop?.name ?? null,
      max: FEATURED_PRODUCTS_PER_SHOP,
      products: products.map(toFeaturedProductModel),
    };
  }

  @Allow(Permission.EditOwnShop)
  @Mutation(() => FeaturedProductModel)
  async createFeaturedProduct(
    @Args('input') input: CreateFeaturedProductInput,
    @Member() member: CurrentMember,
  ): Promise<FeaturedProductModel> {
    return toFeaturedProductModel(await this.service.create(member, input));
  }

  @Allow(Permission.EditOwnShop)
  @Mutation(() => FeaturedProductModel)
  async updateFeaturedProduct(
    @Args('input') input: UpdateFeaturedProductInput,
    @Member() member: CurrentMember,
  ): Promise<FeaturedProductModel> {
    return toFeaturedProductModel(await this.service.update(member, input));
  }

  @Allow(Permission.EditOwnShop)
  @Mutation(() => Boolean)
  deleteFeaturedProduct(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<boolean> {
    return this.service.remove(member, id);
  }
}
