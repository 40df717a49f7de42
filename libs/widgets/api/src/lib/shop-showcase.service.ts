import { Injectable } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { addressMapUrl } from '@assoc/directory-domain';
import { AppError, Clock } from '@assoc/platform-api';
import { Locale } from '@assoc/platform-domain';
import { WIDGET_CONTENTS } from '@assoc/widgets-domain';
import { isUUID } from 'class-validator';
import { FeaturedProductMarks } from './featured-product-marks';
import { PublicCatalogue, webLink } from './public-catalogue.service';
import { ShopShowcaseModel } from './shop-showcase.models';

/** "boutique.fr" and "https://boutique.fr" both lead to the shop's site. */
function websiteUrl(website: string | null): string | null {
  if (!website) return null;
  return webLink(website) ?? `https://${website}`;
}

/**
 * A shop's public page, where the widgets link: the same public content as the widgets
 * (PublicCatalogue) for this one shop, in the visitor's language. NOT_FOUND for an unknown id or
 * a shop whose owner left the association.
 */
@Injectable()
export class ShopShowcaseService {
  constructor(
    private readonly catalogue: PublicCatalogue,
    private readonly associations: AssociationReads,
    private readonly shops: ShopReads,
    private readonly clock: Clock,
    private readonly marks: FeaturedProductMarks,
  ) {}

  /** With `marks`, its products' marks (community's co-created ones) too: one more statement when it shows products. */
  async showcase(id: string, locale: Locale, { marks = false } = {}): Promise<ShopShowcaseModel> {
    const associationId = isUUID(id) ? await this.shops.associationOf(id) : null;
    const association = associationId ? await this.associations.summary(associationId) : null;
    if (!association) throw AppError.notFound();
    const lang = locale === Locale.EN ? 'en' : 'fr';
    const content = await this.catalogue.read(association.id, WIDGET_CONTENTS, lang, this.clock.now(), {
      shopIds: [id],
    });
    const shop = content.shopProfiles[0];
    if (!shop) throw AppError.notFound();
    const productMarks = marks
      ? await this.marks.of(
          association,
          content.products.map((p) => p.id),
          lang,
        )
      : new Map();
    return {
      id: shop.id,
      name: shop.name,
      trade: shop.trade,
      address: shop.address,
      postcode: shop.postcode,
      town: shop.town,
      description: shop.description ?? '',
      logoUrl: this.catalogue.logoUrl(shop),
      website: websiteUrl(shop.website),
      mapUrl: addressMapUrl(shop),
      openingHours: shop.openingHours,
      associationName: association.name,
      associationSlug: association.slug,
      timeZone: association.timeZone,
      currency: association.currency,
      offers: content.offers.map((o) => ({
        id: o.id,
        headline: o.headline,
        campaign: o.campaign,
        until: new Date(o.until),
        url: o.url,
      })),
      cashmobs: content.cashmobs.map((c) => ({
        id: c.id,
        startsAt: new Date(c.startsAt),
        endsAt: new Date(c.endsAt),
        place: c.place,
        url: c.url,
      })),
      products: content.products.map((p) => ({
        id: p.id,
        name: p.name,
        priceCents: p.priceCents,
        text: p.text,
        photoUrl: p.photo,
        link: p.url === this.catalogue.shopPage(shop.id) ? null : p.url,
        mark: productMarks.get(p.id) ?? null,
      })),
    };
  }
}
