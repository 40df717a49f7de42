import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity } from '@assoc/associations-api';
import { CashmobEntity } from '@assoc/cashmobs-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { logoPath, ShopEntity } from '@assoc/directory-api';
import { AppConfig } from '@assoc/platform-api';
import { CampaignOfferEntity } from '@assoc/promotions-api';
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
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { productPhotoPath } from './widget.mapper';
import { activeShops, FRENCH_ORDER, ShopScope, withActiveShops } from './widget-shops';

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

  /**
   * The kinds in `contents`, in `lang`, of the shops in `scope` (a widget's shops and trades, or one
   * shop's page). With `limit` (a widget's maxItems), at most that many of each kind, the first ones
   * in the order shown: each kind is one query ordered and bounded in SQL, so the cost does not grow
   * with the association (a widget shows at most `limit` items of any kind).
   */
  async read(
    association: AssociationEntity,
    contents: readonly WidgetContent[],
    lang: WidgetLang,
    now: Date,
    scope: ShopScope = {},
    limit?: number,
  ): Promise<Catalogue> {
    const manager = this.dataSource.manager;
    const wants = (kind: WidgetContent) => contents.includes(kind);
    const bounded = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) =>
      limit === undefined ? qb : qb.limit(limit);
    const shopsShown = wants(WidgetContent.SHOPS) ? await activeShops(manager, association.id, scope, limit) : [];

    const [approved, cashmobRows, productRows] = await Promise.all([
      // Offers of campaigns taking voucher claims (published, not cancelled, from the enrolment
      // deadline to the end: PUBLISHED or RUNNING by the clock), their campaign joined.
      wants(WidgetContent.OFFERS)
        ? bounded(
            withActiveShops(
              manager.createQueryBuilder(CampaignOfferEntity, 'o'),
              association.id,
              scope,
              's.id = o."shopId"',
            )
              .innerJoinAndSelect('o.campaign', 'oc')
              .andWhere('o."associationId" = :associationId AND o.status = :approved', {
                approved: OfferStatus.APPROVED,
              })
              .andWhere(
                'oc."publishedAt" IS NOT NULL AND oc."cancelledAt" IS NULL AND oc."enrolmentDeadline" <= :now AND oc."endsAt" > :now',
                { now },
              )
              .orderBy(`s.name ${FRENCH_ORDER}`)
              .addOrderBy('oc."endsAt"')
              .addOrderBy('o."createdAt"')
              .addOrderBy('o.id'),
          ).getMany()
        : [],
      wants(WidgetContent.CASHMOBS)
        ? bounded(
            withActiveShops(manager.createQueryBuilder(CashmobEntity, 'c'), association.id, scope, 's.id = c."shopId"')
              .andWhere('c."associationId" = :associationId AND c.status = :published AND c."endsAt" > :now', {
                published: CashmobStatus.PUBLISHED,
                now,
              })
              .orderBy('c."startsAt"')
              .addOrderBy('c.id'),
          ).getMany()
        : [],
      wants(WidgetContent.PRODUCTS)
        ? bounded(
            withActiveShops(
              manager.createQueryBuilder(FeaturedProductEntity, 'p'),
              association.id,
              scope,
              's.id = p."shopId"',
            )
              .andWhere('p."associationId" = :associationId')
              .orderBy(`s.name ${FRENCH_ORDER}`)
              .addOrderBy('s.id')
              .addOrderBy('p.position')
              .addOrderBy('p."createdAt"'),
          ).getMany()
        : [],
    ]);
    const shopById = new Map(shopsShown.map((s) => [s.id, s]));
    const missing = [
      ...new Set([...approved, ...cashmobRows, ...productRows].map((r) => r.shopId).filter((id) => !shopById.has(id))),
    ];
    if (missing.length)
      for (const shop of await manager.findBy(ShopEntity, { id: In(missing), associationId: association.id }))
        shopById.set(shop.id, shop);

    const offers: Candidate<WidgetOfferItem>[] = [];
    for (const offer of approved) {
      const shop = shopById.get(offer.shopId);
      const campaign = offer.campaign;
      if (!shop || !campaign || !acceptsVoucherClaims(statusAt(campaign, now))) continue;
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

    const cashmobs: Candidate<WidgetCashmobItem>[] = [];
    for (const c of cashmobRows) {
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

    const products: Candidate<WidgetProductItem>[] = [];
    for (const p of productRows) {
      const shop = shopById.get(p.shopId);
      if (!shop) continue;
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

    const shopItems: Candidate<WidgetShopItem>[] = shopsShown.map((s) => ({
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
    }));

    return { offers, cashmobs, products, shops: shopItems, shopEntities: shopsShown };
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
