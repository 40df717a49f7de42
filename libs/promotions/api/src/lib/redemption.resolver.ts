import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  CurrentMember,
  Locale,
  Member,
  Permission,
  RateLimit,
  RateLimiter,
  RequestLocale,
} from '@assoc/platform-api';
import { CodeCheckModel, RedemptionModel } from './campaign.models';
import { RedeemCodeInput } from './offer.inputs';
import { RedemptionsService } from './redemptions.service';

/**
 * Codes one person may try in the shop (checks and redemptions together): one every 2 seconds on
 * average, far above a till's pace, far below what guessing personal vouchers would need.
 */
export const REDEMPTION_CODE_LIMIT: RateLimit = { limit: 300, windowMs: 10 * 60_000 };

/** In the shop: what a code is worth here, and recording its use. Limited per person (shared store). */
@Resolver(() => RedemptionModel)
export class RedemptionResolver {
  constructor(
    private readonly redemptions: RedemptionsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Allow(Permission.EnrolOffer)
  @Query(() => CodeCheckModel, {
    description:
      'VALID, ALREADY_USED, EXPIRED, NOT_STARTED, NOT_THIS_SHOP, UNKNOWN, LIMIT_REACHED or VOUCHER_REQUIRED; records nothing.',
  })
  async checkCode(
    @Args('code') code: string,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<CodeCheckModel> {
    await this.limiter.consume(`redemption-code:${member.userId}`, REDEMPTION_CODE_LIMIT);
    return this.redemptions.check(member, code, locale);
  }

  @Allow(Permission.EnrolOffer)
  @Mutation(() => RedemptionModel, {
    description:
      'Records one use in the caller’s own shop, atomically; any other verdict is a BAD_USER_INPUT on `code`.',
  })
  async redeemCode(
    @Args('input') input: RedeemCodeInput,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<RedemptionModel> {
    await this.limiter.consume(`redemption-code:${member.userId}`, REDEMPTION_CODE_LIMIT);
    return this.redemptions.redeem(member, input, locale);
  }
}
