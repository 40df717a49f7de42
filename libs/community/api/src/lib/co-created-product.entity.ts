import { ShopEntity } from '@assoc/directory-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { IdeaEntity } from './idea.entity';

/**
 * A shop's featured product (widgets domain) marked "imaginé avec nos clients", linked to the adopted idea
 * it came from, with the share of its sales' points given back to the idea's originator (the loyalty
 * domain's `LoyaltySaleShares` records the sales). One link per product.
 */
@Entity('community_co_created_products')
@Index('community_co_created_products_product', ['productId'], { unique: true })
@Check('community_co_created_products_share', `"sharePercent" BETWEEN 1 AND 100`)
export class CoCreatedProductEntity extends AssociationScopedEntity {
  @ManyToOne(() => ShopEntity, { onDelete: 'CASCADE' }) shop?: ShopEntity;
  @Index() @Column('uuid') shopId!: string;
  /** The widgets domain's featured product (no foreign key: read through its service). */
  @Column('uuid') productId!: string;
  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' }) idea?: IdeaEntity;
  @Index() @Column('uuid') ideaId!: string;
  @Column('int') sharePercent!: number;
  @Column('uuid') createdByMembershipId!: string;
}
