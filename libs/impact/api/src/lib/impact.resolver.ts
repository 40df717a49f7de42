import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Locale, Member, Permission, RequestLocale } from '@assoc/platform-api';
import { ImpactDashboardModel, ImpactPeriodInput, ShopImpactModel } from './impact.models';
import { ImpactService } from './impact.service';

/** The page's per-shop chart shows the shops with the most vouchers, not every shop (the CSV lists them all). */
export const DASHBOARD_TOP_SHOPS = 20;

/** What acting together brought: the association's dashboard and one shop's own figures. */
@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Allow(Permission.ViewImpact)
  @Query(() => ImpactDashboardModel)
  impactDashboard(
    @Member() member: CurrentMember,
    @Args('period') period: ImpactPeriodInput,
    @RequestLocale() locale: Locale,
  ): Promise<ImpactDashboardModel> {
    return this.impact.dashboard(member, period, DASHBOARD_TOP_SHOPS, locale);
  }

  @Allow(Permission.ViewOwnImpact)
  @Query(() => ShopImpactModel, {
    nullable: true,
    description: 'The caller’s shop against the association’s median; null without a shop.',
  })
  shopImpact(
    @Member() member: CurrentMember,
    @Args('period') period: ImpactPeriodInput,
  ): Promise<ShopImpactModel | null> {
    return this.impact.shopImpact(member, period);
  }
}
