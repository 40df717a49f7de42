import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Locale, Member, Permission, RequestLocale, uuidArg } from '@assoc/platform-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { toOfferModel } from './campaign.mapper';
import { OfferModel } from './campaign.models';
import { EnrolOfferInput, ReviewOfferInput, UpdateOfferInput } from './offer.inputs';
import { OffersService } from './offers.service';
import { PromotionLinks } from './promotion-links';

/** Shops' offers: enrol one's own shop, change it while enrolment is open, the board's review. */
@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(
    private readonly offers: OffersService,
    private readonly links: PromotionLinks,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
  ) {}

  @Allow(Permission.ViewCampaigns)
  @Query(() => [OfferModel], { description: 'Approved offers and one’s own; every offer for the president and board.' })
  async campaignOffers(
    @Args('campaignId', { type: () => ID }, uuidArg('campaignId')) campaignId: string,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<OfferModel[]> {
    const offers = await this.offers.list(member, campaignId);
    const shops = await this.offers.shops(member, offers);
    return offers.flatMap((o) => {
      const shop = shops.get(o.shopId);
      return shop ? [toOfferModel(o, shop, locale)] : [];
    });
  }

  @Allow(Permission.ViewCampaigns)
  @Query(() => OfferModel)
  async campaignOffer(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<OfferModel> {
    return this.view(await this.offers.get(member, id), locale);
  }

  @Allow(Permission.EnrolOffer)
  @Mutation(() => OfferModel, {
    description: 'Enrols the caller’s own shop with an offer, before the enrolment deadline; the board reviews it.',
  })
  async enrolOffer(
    @Args('input') input: EnrolOfferInput,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<OfferModel> {
    return this.view(await this.offers.enrol(member, input), locale);
  }

  @Allow(Permission.EnrolOffer)
  @Mutation(() => OfferModel, {
    description: 'The shop’s owner, while enrolment is open; the offer is reviewed again.',
  })
  async updateOffer(
    @Args('input') input: UpdateOfferInput,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<OfferModel> {
    return this.view(await this.offers.update(member, input), locale);
  }

  @Allow(Permission.ManageCampaigns)
  @Mutation(() => OfferModel, { description: 'Approve, or reject with a reason; the shop’s owner is notified.' })
  async reviewOffer(
    @Args('input') input: ReviewOfferInput,
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<OfferModel> {
    return this.view(await this.offers.review(member, input), locale);
  }

  @ResolveField(() => String, {
    description:
      'An SVG data URL of the QR code of the offer’s code: a shop’s phone reading it opens the redemption page with the code.',
  })
  qrCode(@Parent() offer: OfferModel): Promise<string> {
    return this.links.qrDataUrl(this.links.redeem(offer.code));
  }

  private async view(offer: CampaignOfferEntity, locale: Locale): Promise<OfferModel> {
    return toOfferModel(offer, await this.access.offerShop(this.dataSource.manager, offer), locale);
  }
}
