import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { ImpactDashboardModel, ImpactPeriodInput, ShopImpactModel } from './impact.models';
import { ImpactService } from './impact.service';

/** What acting together brought: the association's dashboard and one shop's own figures. */
@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Allow(Permission.ViewImpact)
  @Query(() => ImpactDashboardModel)
  impactDashboard(
    @Member() member: CurrentMember,
    @Args('period') period: ImpactPeriodInput,
  ): Promise<ImpactDashboardModel> {
    return this.impact.dashboard(member, period);
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
