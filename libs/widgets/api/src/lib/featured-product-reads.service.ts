import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';

/** What another domain may read of a shop's featured product (issue 17: community's co-created products). */
export interface FeaturedProductCard {
  id: string;
  shopId: string;
  name: string;
}

/** Featured products read by other domains, always within one association. */
@Injectable()
export class FeaturedProductReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The shop's featured products in their order; `manager` reads inside the caller's transaction. */
  async ofShop(
    associationId: string,
    shopId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FeaturedProductCard[]> {
    const rows = await manager.find(FeaturedProductEntity, {
      select: { id: true, shopId: true, name: true },
      where: { associationId, shopId },
      order: { position: 'ASC' },
    });
    return rows.map(({ id, shopId: shop, name }) => ({ id, shopId: shop, name }));
  }

  /**
   * The association's first featured product (the lowest position of any shop, then the earliest), or null when
   * it has none; `manager` reads inside the caller's transaction (the demo's seed picks its co-created product).
   */
  async firstOfAssociation(
    associationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FeaturedProductCard | null> {
    const row = await manager.findOne(FeaturedProductEntity, {
      select: { id: true, shopId: true, name: true },
      where: { associationId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return row && { id: row.id, shopId: row.shopId, name: row.name };
  }

  /** These products of the association, by id (others' absent). */
  async byIds(associationId: string, ids: readonly string[]): Promise<Map<string, FeaturedProductCard>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.manager.find(FeaturedProductEntity, {
      select: { id: true, shopId: true, name: true },
      where: { associationId, id: In([...new Set(ids)]) },
    });
    return new Map(rows.map(({ id, shopId, name }) => [id, { id, shopId, name }]));
  }
}
