import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ClientIp, Locale, Public, RateLimiter, RequestLocale } from '@assoc/platform-api';
import { WIDGET_RATE_LIMITS } from './widget-public.controller';
import { ShopShowcaseModel } from './shop-showcase.models';
import { ShopShowcaseService } from './shop-showcase.service';

/** A shop's public page, without an account; rate-limited per client address like the widget data. */
@Resolver(() => ShopShowcaseModel)
export class ShopShowcaseResolver {
  constructor(
    private readonly service: ShopShowcaseService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Query(() => ShopShowcaseModel, {
    description: 'A shop’s public page by its id; NOT_FOUND for an unknown shop or one whose owner left.',
  })
  async shopShowcase(
    @Args('id', { type: () => ID }) id: string,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
  ): Promise<ShopShowcaseModel> {
    await this.limiter.consume(`shop-read:${ip}`, WIDGET_RATE_LIMITS.read);
    return this.service.showcase(id, locale);
  }
}
