import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { publicCashmobsSql } from '@assoc/cashmobs-api';
import { logoPath, PublicShop, ShopReads } from '@assoc/directory-api';
import { AppConfig, queryPrepared } from '@assoc/platform-api';
import { liveOffersSql } from '@assoc/promotions-api';
import { offerHeadline, OfferKind } from '@assoc/promotions-domain';
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
import { DataSource } from 'typeorm';
import { productPhotoPath } from './widget.mapper';
import { FRENCH_ORDER, scopedShopsSql, ScopeParams, scopeParams, ShopScope } from './widget-shops';

/** Everything an association shows the public, by kind, with the shops it read. */
export interface Catalogue extends WidgetCandidates {
  shopProfiles: readonly PublicShop[];
}

/** The shop's columns each item carries (JSON, from one statement). */
type ShopOf = { shop: Pick<PublicShop, 'id' | 'name' | 'trade'> };
type OfferRow = ShopOf & {
  id: string;
  kind: OfferKind;
  percentOff: number | null;
  amountOffCents: number | null;
  description: string;
  campaignTitle: string;
  campaignSlug: string;
  campaignEndsAt: string;
};
type CashmobRow = ShopOf & { id: string; startsAt: string; endsAt: string; meetingPoint: string; slug: string };
type ProductRow = ShopOf & {
  id: string;
  name: string;
  priceCents: number | null;
  text: string;
  link: string | null;
  photoFile: string | null;
};

/**
 * What an association shows the public, read for the widgets and the public shop page: only what is
 * meant to be public, of one association. Offers taking voucher claims (promotions' `liveOffersSql`:
 * APPROVED offers of campaigns from enrolment closed to their end); PUBLISHED cashmobs not yet over
 * (cashmobs' `publicCashmobsSql`); shops whose owner is still a member (directory's `publicShopsSql`:
 * their public profile, never a phone or a person); their featured products. Links are absolute
 * (widgets run on other sites): an offer to its campaign page, a cashmob to its sign-up page, a shop to
 * its public page (/b/:id), a product to its own link, else to its shop's page.
 */
/** The catalogue statement's one row: each kind's items as JSON. */
type CatalogueRow = { offers: OfferRow[]; cashmobs: CashmobRow[]; products: ProductRow[]; shops: PublicShop[] };

@Injectable()
export class PublicCatalogue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly shopReads: ShopReads,
  ) {}

  /**
   * The kinds in `contents`, in `lang`, of the shops in `scope` (a widget's shops and trades, or one
   * shop's page). With `limit` (a widget's maxItems), at most that many of each kind, the first ones
   * in the order shown. One statement: each kind is a subquery ordered and bounded in SQL, answered as
   * JSON with its shop's name and trade, so the cost does not grow with the association (a widget shows
   * at most `limit` items of any kind).
   */
  async read(
    associationId: string,
    contents: readonly WidgetContent[],
    lang: WidgetLang,
    now: Date,
    scope: ShopScope = {},
    limit?: number,
  ): Promise<Catalogue> {
    const [row] = await queryPrepared<CatalogueRow>(
      this.dataSource,
      this.sql(contents),
      this.params(associationId, now, scope, limit),
    );
    return this.candidates(row, lang);
  }

  /** The catalogue's statement for these kinds, over the parameters of `params`. */
  private sql(contents: readonly WidgetContent[]): string {
    const wants = (kind: WidgetContent) => contents.includes(kind);
    const shop = `json_build_object('id', s.id, 'name', s.name, 'trade', s.trade)`;
    // Each kind is cut to $5 rows in its own order, then aggregated in that order (its keys are columns of x).
    const list = (kind: WidgetContent, rows: string, order: string) =>
      wants(kind) ? `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]') FROM (${rows}) x)` : `'[]'::json`;
    const byName = `"sortName" ${FRENCH_ORDER}`;
    // Offers shop by shop in the public order (shops_public_order), each shop's by campaign end: the walk
    // stops after $5 offers, however many a running campaign holds (the LIMIT keeps the lateral unflattened).
    const offers = `SELECT o.*, ${shop} AS shop, s.name AS "sortName", s.id AS "sortShop"
        FROM s CROSS JOIN LATERAL (
          SELECT lo.* FROM (${liveOffersSql('$1::uuid', '$2::timestamptz')}) lo WHERE lo."shopId" = s.id
           ORDER BY lo."campaignEndsAt", lo."createdAt", lo.id LIMIT $5) o
       ORDER BY s.name ${FRENCH_ORDER}, o."campaignEndsAt", o."createdAt", o.id LIMIT $5`;
    const cashmobs = `SELECT c.*, ${shop} AS shop
        FROM (${publicCashmobsSql('$1::uuid', '$2::timestamptz')}) c JOIN s ON s.id = c."shopId"
       ORDER BY c."startsAt", c.id LIMIT $5`;
    const products = `SELECT p.id, p.name, p."priceCents", p.text, p.link, p."photoFile", p.position, p."createdAt",
             ${shop} AS shop, s.name AS "sortName", s.id AS "sortShop"
        FROM featured_products p JOIN s ON s.id = p."shopId"
       WHERE p."associationId" = $1::uuid
       ORDER BY s.name ${FRENCH_ORDER}, s.id, p.position, p."createdAt" LIMIT $5`;
    const shops = `SELECT s.*, s.name AS "sortName" FROM s ORDER BY s.name ${FRENCH_ORDER}, s.id LIMIT $5`;
    return `WITH s AS NOT MATERIALIZED (${scopedShopsSql(this.shopReads, '$3', '$4')})
      SELECT ${list(WidgetContent.OFFERS, offers, `${byName}, x."campaignEndsAt", x."createdAt", x.id`)} AS offers,
             ${list(WidgetContent.CASHMOBS, cashmobs, 'x."startsAt", x.id')} AS cashmobs,
             ${list(WidgetContent.PRODUCTS, products, `${byName}, x."sortShop", x.position, x."createdAt"`)} AS products,
             ${list(WidgetContent.SHOPS, shops, `${byName}, x.id`)} AS shops,
             $2::timestamptz AS "readAt"`; // $2 typed even when no offer or cashmob reads it (products or shops only)
  }

  /** $1 the association, $2 the instant, $3 and $4 the scope's shops and trades, $5 the limit per kind (null: none). */
  private params(associationId: string, now: Date, scope: ShopScope, limit?: number): unknown[] {
    const [ids, trades]: ScopeParams = scopeParams(scope);
    return [associationId, now, ids, trades, limit ?? null];
  }

  /** The statement's JSON lists as the widgets' candidates. */
  private candidates(row: CatalogueRow, lang: WidgetLang): Catalogue {
    const offers: Candidate<WidgetOfferItem>[] = row.offers.map((o) => ({
      kind: WidgetContent.OFFERS,
      id: o.id,
      shopId: o.shop.id,
      trade: o.shop.trade,
      headline: offerHeadline(o, lang),
      shop: o.shop.name,
      campaign: o.campaignTitle,
      until: new Date(o.campaignEndsAt).toISOString(),
      url: this.url(`/p/${encodeURIComponent(o.campaignSlug)}?offer=${encodeURIComponent(o.id)}`),
    }));
    const cashmobs: Candidate<WidgetCashmobItem>[] = row.cashmobs.map((c) => ({
      kind: WidgetContent.CASHMOBS,
      id: c.id,
      shopId: c.shop.id,
      trade: c.shop.trade,
      shop: c.shop.name,
      startsAt: new Date(c.startsAt).toISOString(),
      endsAt: new Date(c.endsAt).toISOString(),
      place: c.meetingPoint,
      url: this.url(`/c/${encodeURIComponent(c.slug)}`),
    }));
    const products: Candidate<WidgetProductItem>[] = row.products.map((p) => {
      const photo = productPhotoPath(p.photoFile);
      return {
        kind: WidgetContent.PRODUCTS,
        id: p.id,
        shopId: p.shop.id,
        trade: p.shop.trade,
        name: p.name,
        shop: p.shop.name,
        priceCents: p.priceCents,
        text: p.text,
        photo: photo && this.url(photo),
        url: webLink(p.link) ?? this.shopPage(p.shop.id),
      };
    });
    const shops: Candidate<WidgetShopItem>[] = row.shops.map((s) => ({
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
    return { offers, cashmobs, products, shops, shopProfiles: row.shops };
  }

  /** The shop's public page in the app. */
  shopPage(shopId: string): string {
    return this.url(`/b/${encodeURIComponent(shopId)}`);
  }

  logoUrl(shop: Pick<PublicShop, 'logoFile'>): string | null {
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
