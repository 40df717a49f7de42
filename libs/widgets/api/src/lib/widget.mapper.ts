import { FeaturedProductEntity } from './featured-product.entity';
import { WidgetEntity } from './widget.entity';
import { FeaturedProductModel, WidgetModel } from './widget.models';

export const productPhotoPath = (file: string | null): string | null => (file ? `/uploads/products/${file}` : null);

export function toWidgetModel(w: WidgetEntity): WidgetModel {
  return {
    id: w.id,
    name: w.name,
    contents: w.contents,
    shopIds: w.shopIds,
    trades: w.trades,
    language: w.language,
    size: w.size,
    maxItems: w.maxItems,
    accentColor: w.accentColor,
    backgroundColor: w.backgroundColor,
    textColor: w.textColor,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

export function toFeaturedProductModel(p: FeaturedProductEntity): FeaturedProductModel {
  return {
    id: p.id,
    shopId: p.shopId,
    name: p.name,
    priceCents: p.priceCents,
    text: p.text,
    link: p.link,
    photoUrl: productPhotoPath(p.photoFile),
    position: p.position,
  };
}
