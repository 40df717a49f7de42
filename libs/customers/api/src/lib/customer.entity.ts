import { AssociationEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A customer of one association (issue 17): not a platform user, nothing shared with another association
 * (the same e-mail in two associations is two customers). Erased for good: the row stays (other domains'
 * records point to it: points, ideas) with nothing personal left (`erasedAt`, no name, no e-mail, the card revoked).
 */
@Entity('customers')
@Index('customers_email', ['associationId', 'emailKey'], { unique: true })
@Index('customers_card_code', ['associationId', 'cardCode'], { unique: true })
export class CustomerEntity extends AssociationScopedEntity {
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' }) association?: AssociationEntity;
  /** Null once erased. */
  @Column('text', { nullable: true }) firstName!: string | null;
  /** As typed; null once erased. */
  @Column('text', { nullable: true }) email!: string | null;
  /** Trimmed lower case: one customer per address and association (also under concurrent joins); null once erased. */
  @Column('text', { nullable: true }) emailKey!: string | null;
  /** 'fr' or 'en': the pages and mails. */
  @Column('text') language!: string;
  /** When each consent was given; null: not given (or withdrawn). */
  @Column('timestamptz', { nullable: true }) consentLoyaltyAt!: Date | null;
  @Column('timestamptz', { nullable: true }) consentNewsAt!: Date | null;
  @Column('timestamptz', { nullable: true }) consentIdeasAt!: Date | null;
  /** The card's short code (see card-code.ts), stored normalised; kept after erasure but revoked. */
  @Column('text') cardCode!: string;
  @Column('timestamptz', { nullable: true }) cardRevokedAt!: Date | null;
  /** When the first magic link was opened (null: a join never confirmed, purged). */
  @Column('timestamptz', { nullable: true }) confirmedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
  /** Which public page the join came from (`cashmob`, `campaign`, `shop`, `widget`, `poster`), when it said. */
  @Column('text', { nullable: true }) joinedFrom!: string | null;
}

/** A magic link mailed to a customer: single use, its token stored only as a keyed hash. */
@Entity('customer_links')
export class CustomerLinkEntity extends AssociationScopedEntity {
  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' }) customer?: CustomerEntity;
  @Index() @Column('uuid') customerId!: string;
  @Index('customer_links_token', { unique: true }) @Column('text') tokenHash!: string;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) usedAt!: Date | null;
  /** Where to go after landing (a path under the association's `/communaute/<slug>/`), else the card. */
  @Column('text', { nullable: true }) next!: string | null;
}

/** A customer's signed-in browser: the cookie's token stored only as a keyed hash. */
@Entity('customer_sessions')
export class CustomerSessionEntity extends AssociationScopedEntity {
  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' }) customer?: CustomerEntity;
  @Index() @Column('uuid') customerId!: string;
  @Index('customer_sessions_token', { unique: true }) @Column('text') tokenHash!: string;
  @Column('timestamptz') expiresAt!: Date;
}
