import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import {
  canAddProduct,
  FEATURED_PRODUCTS_PER_SHOP,
  FeaturedProductDraft,
  featuredProductProblems,
} from '@assoc/widgets-domain';
import { DataSource, EntityManager } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { CreateFeaturedProductInput, UpdateFeaturedProductInput } from './widget.inputs';
import { assertNoProblems } from './widget-problems';

/**
 * A shopkeeper's featured products (EditOwnShop): only one's own shop's, at most
 * FEATURED_PRODUCTS_PER_SHOP, counted under a lock on the shop's row so two tabs cannot make seven.
 */
@Injectable()
export class FeaturedProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  /** The caller's own shop (id and name), locked for the transaction of `manager` with `lock`. */
  myShop(
    member: CurrentMember,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ id: string; name: string } | null> {
    return this.shops.ownShop(member.associationId, member.membershipId, manager, lock);
  }

  async mine(
    member: CurrentMember,
  ): Promise<{ shop: { id: string; name: string } | null; products: FeaturedProductEntity[] }> {
    const shop = await this.myShop(member);
    const products = shop
      ? await this.dataSource.manager.find(FeaturedProductEntity, {
          where: { shopId: shop.id },
          order: { position: 'ASC', createdAt: 'ASC' },
        })
      : [];
    return { shop, products };
  }

  async create(member: CurrentMember, input: CreateFeaturedProductInput): Promise<FeaturedProductEntity> {
    const draft = this.draftOf(input);
    assertNoProblems(featuredProductProblems(draft));
    return this.dataSource.transaction(async (manager) => {
      // The member's row first (FOR SHARE), then the shop's, in the order the erasure of their account takes
      // them (issue 25): no product lands after it, and the two cannot deadlock.
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const shop = await this.myShop(member, manager, true);
      if (!shop) throw AppError.field('name', 'productShopFirst');
      const count = await manager.countBy(FeaturedProductEntity, { shopId: shop.id });
      if (!canAddProduct(count)) throw AppError.field('name', 'tooManyProducts', { max: FEATURED_PRODUCTS_PER_SHOP });
      const last = await manager.maximum(FeaturedProductEntity, 'position', { shopId: shop.id });
      return manager.save(
        manager.create(FeaturedProductEntity, {
          ...this.columns(draft),
          associationId: member.associationId,
          shopId: shop.id,
          position: (last ?? -1) + 1,
          photoFile: null,
          updatedAt: null,
        }),
      );
    });
  }

  async update(member: CurrentMember, input: UpdateFeaturedProductInput): Promise<FeaturedProductEntity> {
    return this.dataSource.transaction(async (manager) => {
      const product = await this.own(member, input.id, manager);
      const draft = this.draftOf({
        name: input.name ?? product.name,
        priceCents: input.priceCents === undefined ? product.priceCents : input.priceCents,
        text: input.text ?? product.text,
        link: input.link === undefined ? product.link : input.link,
      });
      assertNoProblems(featuredProductProblems(draft));
      Object.assign(product, this.columns(draft), { updatedAt: this.clock.now() });
      return manager.save(product);
    });
  }

  async remove(member: CurrentMember, id: string): Promise<boolean> {
    const product = await this.own(member, id);
    await this.dataSource.manager.delete(FeaturedProductEntity, { id: product.id });
    return true;
  }

  async setPhoto(member: CurrentMember, id: string, file: string): Promise<FeaturedProductEntity> {
    return this.dataSource.transaction(async (manager) => {
      const product = await this.own(member, id, manager);
      Object.assign(product, { photoFile: file, updatedAt: this.clock.now() });
      return manager.save(product);
    });
  }

  /** A product of the caller's own shop (locked); anyone else's is NOT_FOUND. */
  async own(
    member: CurrentMember,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FeaturedProductEntity> {
    const shop = await this.myShop(member, manager);
    const product = shop
      ? await manager.findOne(FeaturedProductEntity, {
          where: { id, shopId: shop.id, associationId: member.associationId },
          lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
        })
      : null;
    if (!product) throw AppError.notFound();
    return product;
  }

  private draftOf(input: {
    name: string;
    priceCents?: number | null;
    text: string;
    link?: string | null;
  }): FeaturedProductDraft {
    return {
      name: input.name,
      priceCents: input.priceCents ?? null,
      text: input.text,
      link: input.link?.trim() ? input.link.trim() : null,
    };
  }

  private columns(draft: FeaturedProductDraft) {
    return { name: draft.name.trim(), priceCents: draft.priceCents, text: draft.text.trim(), link: draft.link };
  }
}
