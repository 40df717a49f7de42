import { DayHours, TradeCategory } from '@assoc/directory-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { MembershipEntity } from '@assoc/associations-api';
import { Column, Entity, Index, ManyToOne, UpdateDateColumn } from 'typeorm';

/** A member's shop profile (one per membership). */
@Entity('shops')
// The public order (name in French order, then id) is the expression index `shops_public_order`, written in its migration.
@Index('shops_public_order', { synchronize: false })
export class ShopEntity extends AssociationScopedEntity {
  @Index({ unique: true })
  @Column('uuid')
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  membership?: MembershipEntity;

  @Column('text')
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: TradeCategory, enumName: 'trade_category' })
  trade!: TradeCategory;

  @Column('text')
  address!: string;

  @Column('text')
  postcode!: string;

  @Column('text')
  town!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  /** File name under the uploads folder, served at /uploads/logos/<name>. */
  @Column('text', { nullable: true })
  logoFile!: string | null;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  openingHours!: DayHours[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
