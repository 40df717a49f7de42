import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sharePercentProblems } from '@assoc/community-domain';
import { ShopReads } from '@assoc/directory-api';
import { LoyaltySaleShares } from '@assoc/loyalty-api';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { FeaturedProductMark, FeaturedProductReads, MarkedAssociation } from '@assoc/widgets-api';
import { DataSource, In } from 'typeorm';
import { CoCreatedProductEntity } from './co-created-product.entity';
import { communityPaths } from './community-paths';
import { assertNoProblems } from './community-problems';
import { IdeaEntity } from './idea.entity';
import { isUuid } from './ideas.service';

export interface CoCreatedProductView {
  productId: string;
  productName: string;
  shopId: string;
  ideaId: string;
  ideaTitle: string;
  sharePercent: number;
}

/** The badge of a co-created product on the public pages. */
export const CO_CREATED_LABEL = { fr: 'Imaginé avec nos clients', en: 'Co-created with our customers' };

/**
 * Co-created products (issue 17): a shop marks one of its featured products (widgets domain) "imaginé avec nos
 * clients", linked to an adopted idea, with the share of its sales' points given back to the idea's customer
 * originator. This domain stores the link; loyalty's `LoyaltySaleShares` records the sales at the counter (set in
 * the same transaction; an idea proposed by a member links the product with nobody to credit).
 */
@Injectable()
export class CoCreatedProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
    private readonly products: FeaturedProductReads,
    private readonly saleShares: LoyaltySaleShares,
  ) {}

  async ofMyShop(member: CurrentMember): Promise<CoCreatedProductView[]> {
    const shop = await this.shops.ownShop(member.associationId, member.membershipId);
    return shop ? this.list(member.associationId, shop.id) : [];
  }

  /** The association's co-created products (one shop's with `shopId`). */
  async list(associationId: string, shopId?: string): Promise<CoCreatedProductView[]> {
    const rows = await this.dataSource.manager.find(CoCreatedProductEntity, {
      where: { associationId, ...(shopId ? { shopId } : {}) },
      order: { createdAt: 'ASC' },
    });
    if (!rows.length) return [];
    const [products, ideas] = await Promise.all([
      this.products.byIds(
        associationId,
        rows.map((r) => r.productId),
      ),
      this.dataSource.manager.find(IdeaEntity, {
        select: { id: true, title: true },
        where: { associationId, id: In(rows.map((r) => r.ideaId)) },
      }),
    ]);
    const titles = new Map(ideas.map((i) => [i.id, i.title]));
    return rows.flatMap((r) => {
      const product = products.get(r.productId);
      return product
        ? [
            {
              productId: r.productId,
              productName: product.name,
              shopId: r.shopId,
              ideaId: r.ideaId,
              ideaTitle: titles.get(r.ideaId) ?? '',
              sharePercent: r.sharePercent,
            },
          ]
        : [];
    });
  }

  /**
   * The badge of these featured products that are co-created, for the public shop page and the widgets (registered
   * with widgets' `FeaturedProductMarks`): "Imaginé avec nos clients", linked to the idea's public page. One
   * statement, within the association only (another association's link never marks a product here).
   */
  async marks(
    association: MarkedAssociation,
    productIds: readonly string[],
  ): Promise<Map<string, FeaturedProductMark>> {
    const ids = productIds.filter(isUuid);
    if (!ids.length) return new Map();
    // Plain SQL: every public widget and shop page showing products reads this (TypeORM's find options cost more than the read).
    const rows: { productId: string; ideaId: string }[] = await this.dataSource.query(
      `SELECT "productId", "ideaId" FROM community_co_created_products WHERE "associationId" = $1 AND "productId" = ANY($2::uuid[])`,
      [association.id, ids],
    );
    return new Map(
      rows.map((r) => [
        r.productId,
        { label: CO_CREATED_LABEL, path: communityPaths.idea(association.slug, r.ideaId) },
      ]),
    );
  }

  async mark(
    member: CurrentMember,
    input: { productId: string; ideaId: string; sharePercent: number },
  ): Promise<CoCreatedProductView> {
    assertNoProblems(sharePercentProblems(input.sharePercent));
    await this.dataSource.transaction(async (manager) => {
      // The shop's row locked, as adding a featured product does: the product cannot go meanwhile.
      const shop = await this.shops.ownShop(member.associationId, member.membershipId, manager, true);
      const product = shop
        ? (await this.products.ofShop(member.associationId, shop.id, manager)).find((p) => p.id === input.productId)
        : undefined;
      if (!shop || !product) throw AppError.field('productId', 'coCreatedProductUnknown');
      const idea = isUuid(input.ideaId)
        ? await manager.findOne(IdeaEntity, {
            where: { id: input.ideaId, associationId: member.associationId },
            lock: { mode: 'pessimistic_read' },
          })
        : null;
      if (!idea?.adoptedAt) throw AppError.field('ideaId', 'coCreatedIdeaNotAdopted');
      await manager
        .createQueryBuilder()
        .insert()
        .into(CoCreatedProductEntity)
        .values({
          associationId: member.associationId,
          shopId: shop.id,
          productId: product.id,
          ideaId: idea.id,
          sharePercent: input.sharePercent,
          createdByMembershipId: member.membershipId,
        })
        .orUpdate(['ideaId', 'sharePercent', 'createdByMembershipId'], ['productId'])
        .execute();
      await this.saleShares.set(manager, member.associationId, {
        shopId: shop.id,
        productRef: product.id,
        label: product.name,
        sharePercent: input.sharePercent,
        beneficiaryCustomerId: idea.authorCustomerId,
        source: { domain: 'community', ref: idea.id },
      });
    });
    const views = await this.list(member.associationId);
    return views.find((v) => v.productId === input.productId) as CoCreatedProductView;
  }

  /** The product is no longer marked co-created; its sales no longer share points (past shares stay). */
  async unmark(member: CurrentMember, productId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const shop = await this.shops.ownShop(member.associationId, member.membershipId, manager, true);
      const row =
        shop && isUuid(productId)
          ? await manager.findOneBy(CoCreatedProductEntity, {
              associationId: member.associationId,
              shopId: shop.id,
              productId,
            })
          : null;
      if (!row) throw AppError.notFound();
      await manager.delete(CoCreatedProductEntity, { id: row.id });
      await this.saleShares.remove(manager, member.associationId, { shopId: row.shopId, productRef: productId });
      return true;
    });
  }
}
