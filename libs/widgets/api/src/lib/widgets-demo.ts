import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';
import { EntityManager } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { WidgetEntity } from './widget.entity';

/** A demo widget, showing every shop and trade. */
export interface DemoWidget {
  associationId: string;
  createdByMembershipId: string;
  name: string;
  contents: readonly WidgetContent[];
  maxItems: number;
  accentColor: string;
  backgroundColor: string;
  textColor: string;
  language: WidgetLanguage;
  size: WidgetSize;
}

/** A demo featured product of a shop; each shop's products are positioned in the order given. */
export interface DemoFeaturedProduct {
  shopId: string;
  name: string;
  priceCents: number | null;
  text: string;
  link: string | null;
}

/** How the demo association's widgets and featured products are written (the API's demo seeder orchestrates, inside its transaction). */
export const WidgetsDemo = {
  async seed(
    manager: EntityManager,
    input: { associationId: string; widget: DemoWidget; products: readonly DemoFeaturedProduct[] },
  ): Promise<void> {
    const { associationId } = input;
    await manager.insert(WidgetEntity, {
      ...input.widget,
      contents: [...input.widget.contents],
      shopIds: [],
      trades: [],
      updatedAt: null,
    });
    const positions = new Map<string, number>();
    for (const product of input.products) {
      const position = positions.get(product.shopId) ?? 0;
      positions.set(product.shopId, position + 1);
      await manager.insert(FeaturedProductEntity, {
        associationId,
        ...product,
        photoFile: null,
        position,
        updatedAt: null,
      });
    }
  },
};
