import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Locale, Member, Permission, RequestLocale } from '@assoc/platform-api';
import { CodeCheckModel, RedemptionModel } from './campaign.models';
import { RedeemCodeInput } from './offer.inputs';
import { RedemptionsService } from './redemptions.service';

/** In the shop: what a code is worth here, and recording its use. */
@Resolver(() => RedemptionModel)
export class RedemptionResolver {
  constructor(private readonly redemptions: RedemptionsService) {}

  @Allow(Permission.EnrolOffer)
  @Query(() => CodeCheckModel, {
    description:
      'VALID, ALREADY_USED, EXPIRED, NOT_STARTED, NOT_THIS_SHOP, UNKNOWN, LIMIT_REACHED or VOUCHER_REQUIRED; records nothing.',
  })
  checkCode(
    @Args('code') code: string,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<CodeCheckModel> {
    return this.redemptions.check(member, code, locale);
  }

  @Allow(Permission.EnrolOffer)
  @Mutation(() => RedemptionModel, {
    description:
      'Records one use in the caller’s own shop, atomically; any other verdict is a BAD_USER_INPUT on `code`.',
  })
  redeemCode(
    @Args('input') input: RedeemCodeInput,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<RedemptionModel> {
    return this.redemptions.redeem(member, input, locale);
  }
}
