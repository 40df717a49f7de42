import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TradeCategory } from '@assoc/directory-domain';
import { ClientIp, Locale, Public, RateLimit, RateLimiter, RequestLocale } from '@assoc/platform-api';
import { PublicCampaignModel, VoucherReceiptModel } from './campaign.models';
import { ClaimVoucherInput } from './offer.inputs';
import { PublicCampaignService } from './public-campaign.service';

/** Per client address, for every API instance together. */
export const CAMPAIGN_RATE_LIMITS: Readonly<Record<'read' | 'claim', RateLimit>> = {
  read: { limit: 120, windowMs: 60_000, batched: true },
  claim: { limit: 20, windowMs: 10 * 60_000 },
};

/** The public campaign page and personal vouchers, without an account; rate-limited per client address. */
@Resolver(() => PublicCampaignModel)
export class PublicCampaignResolver {
  constructor(
    private readonly service: PublicCampaignService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Query(() => PublicCampaignModel, {
    description: 'The public page by its slug, from PUBLISHED on; NOT_FOUND before. Filter offers by trade.',
  })
  async publicCampaign(
    @Args('slug') slug: string,
    @Args('trade', { type: () => TradeCategory, nullable: true }) trade: TradeCategory | null,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
  ): Promise<PublicCampaignModel> {
    await this.limiter.consume(`campaign-read:${ip}`, CAMPAIGN_RATE_LIMITS.read);
    return this.service.page(slug, trade ?? null, locale);
  }

  @Public()
  @Mutation(() => VoucherReceiptModel, {
    description: 'A personal single-use voucher for an approved offer; the code is shown once.',
  })
  async claimVoucher(
    @Args('slug') slug: string,
    @Args('input') input: ClaimVoucherInput,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
  ): Promise<VoucherReceiptModel> {
    await this.limiter.consume(`campaign-claim:${ip}`, CAMPAIGN_RATE_LIMITS.claim);
    return this.service.claim(slug, input, locale);
  }
}
