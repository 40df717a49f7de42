import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity } from '@assoc/associations-api';
import { CashmobEntity } from '@assoc/cashmobs-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { logoPath, ShopEntity } from '@assoc/directory-api';
import { AppConfig } from '@assoc/platform-api';
import { CampaignEntity, CampaignOfferEntity } from '@assoc/promotions-api';
import { acceptsVoucherClaims, offerHeadline, OfferStatus, statusAt } from '@assoc/promotions-domain';
import {
  Candidate,
  WidgetCandidates,
  WidgetCashmobItem,
  WidgetContent,
  WidgetLang,
  WidgetOfferItem,
  WidgetProductItem,
  WidgetShopItem,
} from '@assoc/widgets-domain';
import { DataSource, In, MoreThan } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { productPhotoPath } from './widget.mapper';
import { activeShops } from './widget-shops';

/** Everything an association shows the public, by kind, with the shops it read. */
export interface Catalogue extends WidgetCandidates {
  shopEntities: readonly ShopEntity[];
}

/**
 * What an association shows the public, read for the widgets and the public shop page: only what is
 * meant to be public, of one association. Campaigns from enrolment closed to their end (PUBLISHED,
 * RUNNING by the clock) and their APPROVED offers; PUBLISHED cashmobs not yet over; shops whose
 * owner is still a member (their public profile: name, trade, address, description, logo, website;
 * never a phone or a person); their featured products. Links are absolute (widgets run on other
 * sites): an offer to its campaign page, a cashmob to its sign-up page, a shop to its public page
 * (/b/:id), a product to its own link, else to its shop's page.
 */
@Injectable()
export class PublicCatalogue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The kinds in `contents`, in `lang`; only `onlyShopId`'s items when given. */
  async read(
    association: AssociationEntity,
    contents: readonly WidgetContent[],
    lang: WidgetLang,
    now: Date,
    onlyShopId?: string,
  ): Promise<Catalogue> {
    const manager = this.dataSource.manager;
    const wants = (kind: WidgetContent) => contents.includes(kind);
    const shops = (await activeShops(manager, association.id)).filter((s) => !onlyShopId || s.id === onlyShopId);
    const shopById = new Map(shops.map((s) => [s.id, s]));
    const none = { offers: [], cashmobs: [], products: [], shops: [], shopEntities: shops };
    if (!shops.length) return none;

    const offers: Candidate<WidgetOfferItem>[] = [];
    if (wants(WidgetContent.OFFERS)) {
      const campaigns = (
        await manager
          .createQueryBuilder(CampaignEntity, 'c')
          .where('c."associationId" = :id', { id: association.id })
          .andWhere(
            'c."publishedAt" IS NOT NULL AND c."cancelledAt" IS NULL AND c."enrolmentDeadline" <= :now AND c."endsAt" > :now',
            { now },
          )
          .orderBy('c."endsAt"', 'ASC')
          .getMany()
      ).filter((c) => acceptsVoucherClaims(statusAt(c, now)));
      const campaignById = new Map(campaigns.map((c) => [c.id, c]));
      const approved = campaigns.length
        ? await manager.find(CampaignOfferEntity, {
            where: {
              campaignId: In(campaigns.map((c) => c.id)),
              status: OfferStatus.APPROVED,
              associationId: association.id,
              shopId: In([...shopById.keys()]),
            },
            order: { createdAt: 'ASC', id: 'ASC' },
          })
        : [];
      for (const offer of approved) {
        const shop = shopById.get(offer.shopId);
        const campaign = campaignById.get(offer.campaignId);
        if (!shop || !campaign) continue;
        const url = this.url(`/p/${encodeURIComponent(campaign.slug)}?offer=${encodeURIComponent(offer.id)}`);
        offers.push({
          kind: WidgetContent.OFFERS,
          id: offer.id,
          shopId: shop.id,
          trade: shop.trade,
          headline: offerHeadline(offer, lang),
          shop: shop.name,
          campaign: campaign.title,
          until: campaign.endsAt.toISOString(),
          url,
        });
      }
      offers.sort((a, b) => a.shop.localeCompare(b.shop, 'fr') || a.until.localeCompare(b.until));
    }

    const cashmobs: Candidate<WidgetCashmobItem>[] = [];
    if (wants(WidgetContent.CASHMOBS)) {
      const rows = await manager.find(CashmobEntity, {
        where: {
          associationId: association.id,
          status: CashmobStatus.PUBLISHED,
          endsAt: MoreThan(now),
          shopId: In([...shopById.keys()]),
        },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
      for (const c of rows) {
        const shop = shopById.get(c.shopId);
        if (shop)
          cashmobs.push({
            kind: WidgetContent.CASHMOBS,
            id: c.id,
            shopId: shop.id,
            trade: shop.trade,
            shop: shop.name,
            startsAt: c.startsAt.toISOString(),
            endsAt: c.endsAt.toISOString(),
            place: c.meetingPoint,
            url: this.url(`/c/${encodeURIComponent(c.slug)}`),
          });
      }
    }

    const products: Candidate<WidgetProductItem>[] = [];
    if (wants(WidgetContent.PRODUCTS)) {
      const rows = await manager.find(FeaturedProductEntity, {
        where: { associationId: association.id, shopId: In([...shopById.keys()]) },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      const order = new Map(shops.map((s, i) => [s.id, i]));
      rows.sort((a, b) => (order.get(a.shopId) ?? 0) - (order.get(b.shopId) ?? 0) || a.position - b.position);
      for (const p of rows) {
        const shop = shopById.get(p.shopId) as ShopEntity;
        const photo = productPhotoPath(p.photoFile);
        products.push({
          kind: WidgetContent.PRODUCTS,
          id: p.id,
          shopId: shop.id,
          trade: shop.trade,
          name: p.name,
          shop: shop.name,
          priceCents: p.priceCents,
          text: p.text,
          photo: photo && this.url(photo),
          url: webLink(p.link) ?? this.shopPage(shop.id),
        });
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
          logo: this.logoUrl(s),
          url: this.shopPage(s.id),
        }))
      : [];

    return { offers, cashmobs, products, shops: shopItems, shopEntities: shops };
  }

  /** The shop's public page in the app. */
  shopPage(shopId: string): string {
    return this.url(`/b/${encodeURIComponent(shopId)}`);
  }

  logoUrl(shop: ShopEntity): string | null {
    const path = logoPath(shop.logoFile);
    return path && this.url(path);
  }

  private url(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
  }
}

/** A web address the public may follow (http or https only), else null. */
export function webLink(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null;
}
