import { ShopEntity } from '@assoc/directory-api';
import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A product a shop puts forward in the association's widgets (at most FEATURED_PRODUCTS_PER_SHOP,
 * counted under a lock on the shop's row). Public once saved: it is the shop's own showcase.
 */
@Entity('featured_products')
@Index('featured_products_by_shop', ['shopId', 'position'])
export class FeaturedProductEntity extends AssociationScopedEntity {
  @ManyToOne(() => ShopEntity, { onDelete: 'CASCADE' }) shop?: ShopEntity;
  @Column('uuid') shopId!: string;
  @Column('text') name!: string;
  /** Null: no price shown. */
  @Column('bigint', { nullable: true, transformer: CENTS }) priceCents!: number | null;
  @Column('text', { default: '' }) text!: string;
  @Column('text', { nullable: true }) link!: string | null;
  /** File name under uploads/products, or null. */
  @Column('text', { nullable: true }) photoFile!: string | null;
  @Column('int') position!: number;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
