import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { TradeCategory } from '@assoc/directory-domain';
import { AppError, Clock, isUniqueViolation, Locale, MailOutbox } from '@assoc/platform-api';
import {
  acceptsVoucherClaims,
  groupCode,
  isPubliclyVisible,
  offerHeadline,
  OfferStatus,
  statusAt,
} from '@assoc/promotions-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';
import { CampaignEntity } from './campaign.entity';
import { lang, toPublicCampaign, toPublicOffer } from './campaign.mapper';
import { PublicCampaignModel, VoucherReceiptModel } from './campaign.models';
import { ClaimVoucherInput } from './offer.inputs';
import { newVoucherCode } from './promotion-codes';
import { PromotionLinks } from './promotion-links';
import { campaignDates } from './campaign-dates';
import { voucherMail } from './voucher-mail';

const ONE_PER_EMAIL = 'campaign_vouchers_one_per_email';
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The public side, without an account: the campaign page by its slug (NOT_FOUND until enrolment
 * closed), and claiming a personal voucher. Nothing here reveals a person: shops' public profiles,
 * offers and counts only.
 */
@Injectable()
export class PublicCampaignService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: PromotionLinks,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    private readonly access: CampaignAccess,
    private readonly shopReads: ShopReads,
  ) {}

  async page(slug: string, trade: TradeCategory | null, locale: Locale): Promise<PublicCampaignModel> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const campaign = await this.visible(manager, slug, now);
    const association = await this.access.association(manager, campaign.associationId);
    const offers = await manager.find(CampaignOfferEntity, {
      where: { campaignId: campaign.id, status: OfferStatus.APPROVED },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const shops = await this.shopReads.publicShops(
      campaign.associationId,
      offers.map((o) => o.shopId),
      manager,
    );
    const trades = [...new Set([...shops.values()].map((s) => s.trade))].sort();
    const shown = offers
      .flatMap((o) => {
        const shop = shops.get(o.shopId);
        return shop && (!trade || shop.trade === trade) ? [toPublicOffer(o, shop, locale)] : [];
      })
      .sort((a, b) => a.shop.name.localeCompare(b.shop.name, 'fr'));
    return toPublicCampaign(campaign, association, shown, trades, now);
  }

  /**
   * A personal single-use voucher for an approved offer, while the campaign is PUBLISHED or RUNNING.
   * The e-mail is optional (required for one-per-customer offers) and kept only with consent; one
   * voucher per e-mail per offer, held by a unique index.
   */
  async claim(slug: string, input: ClaimVoucherInput, locale: Locale): Promise<VoucherReceiptModel> {
    const now = this.clock.now();
    const email = input.email?.trim().toLowerCase() || null;
    if (email && !EMAIL.test(email)) throw AppError.field('email', 'isEmail');
    if (email && input.consent !== true) throw AppError.field('consent', 'voucherConsentRequired');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const campaign = await this.visible(manager, slug, now);
        if (!acceptsVoucherClaims(statusAt(campaign, now))) throw AppError.field('slug', 'vouchersClosed');
        const offer = await manager.findOneBy(CampaignOfferEntity, {
          id: input.offerId,
          campaignId: campaign.id,
          status: OfferStatus.APPROVED,
        });
        if (!offer) throw AppError.notFound();
        if (offer.onePerCustomer && !email) throw AppError.field('email', 'voucherEmailRequired');
        if (offer.maxUses !== null && offer.redemptionCount >= offer.maxUses)
          throw AppError.field('offerId', 'offerSoldOut');
        if (email && (await manager.existsBy(CampaignVoucherEntity, { offerId: offer.id, email })))
          throw AppError.conflict('email', 'voucherAlreadyClaimed');
        const voucher = await manager.save(
          manager.create(CampaignVoucherEntity, {
            associationId: campaign.associationId,
            offerId: offer.id,
            campaignId: campaign.id,
            shopId: offer.shopId,
            code: newVoucherCode(),
            email,
            consentAt: email ? now : null,
            redeemedAt: null,
            createdAt: now,
          }),
        );
        const shop = await this.access.offerShop(manager, offer);
        if (email) {
          const association = await this.access.association(manager, campaign.associationId);
          await this.outbox.enqueue(
            manager,
            voucherMail({
              to: email,
              locale,
              associationName: association.name,
              campaignTitle: campaign.title,
              shopName: shop.name,
              address: `${shop.address}, ${shop.postcode} ${shop.town}`,
              headline: offerHeadline(offer, lang(locale)),
              conditions: offer.conditions,
              code: groupCode(voucher.code),
              dates: campaignDates(campaign.startsAt, campaign.endsAt, association.timeZone, lang(locale)),
              publicLink: this.links.publicPage(campaign.slug, offer.id),
            }),
          );
        }
        return {
          code: groupCode(voucher.code),
          qrCode: await this.links.qrDataUrl(this.links.redeem(voucher.code)),
          headline: offerHeadline(offer, lang(locale)),
          shopName: shop.name,
          validFrom: campaign.startsAt,
          validUntil: campaign.endsAt,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, ONE_PER_EMAIL)) throw AppError.conflict('email', 'voucherAlreadyClaimed');
      throw error;
    }
  }

  private async visible(manager: EntityManager, slug: string, now: Date): Promise<CampaignEntity> {
    const campaign = slug ? await manager.findOneBy(CampaignEntity, { slug }) : null;
    if (!campaign || !isPubliclyVisible(statusAt(campaign, now))) throw AppError.notFound();
    return campaign;
  }
}
