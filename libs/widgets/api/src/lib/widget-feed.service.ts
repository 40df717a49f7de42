import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity } from '@assoc/associations-api';
import { CashmobEntity } from '@assoc/cashmobs-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { ShopEntity } from '@assoc/directory-api';
import { AppConfig, AppError } from '@assoc/platform-api';
import { CampaignEntity, CampaignOfferEntity } from '@assoc/promotions-api';
import { acceptsVoucherClaims, offerHeadline, OfferStatus, statusAt } from '@assoc/promotions-domain';
import { Candidate, selectWidgetSections, WidgetCashmobItem, WidgetContent, WidgetFeed, WidgetLanguage, WidgetOfferItem, WidgetProductItem, WidgetShopItem } from '@assoc/widgets-domain';
import { isUUID } from 'class-validator';
import { DataSource, In, MoreThan } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { productPhotoPath } from './widget.mapper';
import { activeShops } from './widget-shops';
import { WidgetEntity } from './widget.entity';

/**
 * The public data of a widget, without an account: only what is meant to be public, of the widget's
 * own association. Campaigns from enrolment closed to their end (PUBLISHED, RUNNING by the clock)
 * and their APPROVED offers; PUBLISHED cashmobs not yet over; shops whose owner is still a member
 * (their public profile: name, trade, address, description, logo, website; never a phone or a
 * person); their featured products. Links are absolute (the widget runs on other sites). There is
 * no public shop page in the app: a shop links to its own website, else to the public page of the
 * campaign it has an offer in, else nowhere.
 */
@Injectable()
export class WidgetFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async feed(id: string, now = new Date()): Promise<WidgetFeed> {
    const manager = this.dataSource.manager;
    const widget = isUUID(id) ? await manager.findOneBy(WidgetEntity, { id }) : null;
    const association = widget ? await manager.findOneBy(AssociationEntity, { id: widget.associationId }) : null;
    if (!widget || !association) throw AppError.notFound();
    const lang = widget.language === WidgetLanguage.EN ? 'en' : 'fr';
    const wants = (kind: WidgetContent) => widget.contents.includes(kind);

    const shops = await activeShops(manager, association.id);
    const shopById = new Map(shops.map((s) => [s.id, s]));

    const offers: Candidate<WidgetOfferItem>[] = [];
    const campaignPageOfShop = new Map<string, string>();
    if (wants(WidgetContent.OFFERS) || wants(WidgetContent.SHOPS) || wants(WidgetContent.PRODUCTS)) {
      const campaigns = (
        await manager
          .createQueryBuilder(CampaignEntity, 'c')
          .where('c."associationId" = :id', { id: association.id })
          .andWhere('c."publishedAt" IS NOT NULL AND c."cancelledAt" IS NULL AND c."enrolmentDeadline" <= :now AND c."endsAt" > :now', { now })
          .orderBy('c."endsAt"', 'ASC')
          .getMany()
      ).filter((c) => acceptsVoucherClaims(statusAt(c, now)));
      const campaignById = new Map(campaigns.map((c) => [c.id, c]));
      const approved = campaigns.length
        ? await manager.find(CampaignOfferEntity, { where: { campaignId: In(campaigns.map((c) => c.id)), status: OfferStatus.APPROVED, associationId: association.id }, order: { createdAt: 'ASC', id: 'ASC' } })
        : [];
      for (const offer of approved) {
        const shop = shopById.get(offer.shopId);
        const campaign = campaignById.get(offer.campaignId);
        if (!shop || !campaign) continue;
        const url = this.url(`/p/${encodeURIComponent(campaign.slug)}?offer=${encodeURIComponent(offer.id)}`);
        if (!campaignPageOfShop.has(shop.id)) campaignPageOfShop.set(shop.id, url);
        offers.push({ kind: WidgetContent.OFFERS, id: offer.id, shopId: shop.id, trade: shop.trade, headline: offerHeadline(offer, lang), shop: shop.name, campaign: campaign.title, until: campaign.endsAt.toISOString(), url });
      }
      offers.sort((a, b) => a.shop.localeCompare(b.shop, 'fr') || a.until.localeCompare(b.until));
    }

    const cashmobs: Candidate<WidgetCashmobItem>[] = [];
    if (wants(WidgetContent.CASHMOBS)) {
      const rows = await manager.find(CashmobEntity, { where: { associationId: association.id, status: CashmobStatus.PUBLISHED, endsAt: MoreThan(now) }, order: { startsAt: 'ASC', id: 'ASC' } });
      for (const c of rows) {
        const shop = shopById.get(c.shopId);
        if (shop) cashmobs.push({ kind: WidgetContent.CASHMOBS, id: c.id, shopId: shop.id, trade: shop.trade, shop: shop.name, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), place: c.meetingPoint, url: this.url(`/c/${encodeURIComponent(c.slug)}`) });
      }
    }

    const shopLink = (shop: ShopEntity) => this.webLink(shop.website) ?? campaignPageOfShop.get(shop.id) ?? null;
    const products: Candidate<WidgetProductItem>[] = [];
    if (wants(WidgetContent.PRODUCTS) && shops.length) {
      const rows = await manager.find(FeaturedProductEntity, { where: { associationId: association.id, shopId: In(shops.map((s) => s.id)) }, order: { position: 'ASC', createdAt: 'ASC' } });
      const order = new Map(shops.map((s, i) => [s.id, i]));
      rows.sort((a, b) => (order.get(a.shopId) ?? 0) - (order.get(b.shopId) ?? 0) || a.position - b.position);
      for (const p of rows) {
        const shop = shopById.get(p.shopId) as ShopEntity;
        const photo = productPhotoPath(p.photoFile);
        products.push({ kind: WidgetContent.PRODUCTS, id: p.id, shopId: shop.id, trade: shop.trade, name: p.name, shop: shop.name, priceCents: p.priceCents, text: p.text, photo: photo && this.url(photo), url: this.webLink(p.link) ?? shopLink(shop) });
      }
    }

    const shopItems: Candidate<WidgetShopItem>[] = wants(WidgetContent.SHOPS)
      ? shops.map((s) => ({
          kind: WidgetContent.SHOPS,
          id: s.id,
          shopId: s.id,
          trade: s.trade,
          name: s.name,
          address: s.address,
          town: s.town,
          text: s.description ?? '',
          logo: s.logoFile ? this.url(`/uploads/logos/${s.logoFile}`) : null,
          url: shopLink(s),
        }))
      : [];

    return {
      id: widget.id,
      lang,
      size: widget.size,
      colours: { accent: widget.accentColor, background: widget.backgroundColor, text: widget.textColor },
      association: { name: association.name, town: association.town },
      timeZone: association.timeZone,
      currency: association.currency,
      sections: selectWidgetSections(widget, { offers, cashmobs, products, shops: shopItems }),
    };
  }

  private url(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
  }

  private webLink(value: string | null | undefined): string | null {
    return value && /^https?:\/\//i.test(value) ? value : null;
  }
}
