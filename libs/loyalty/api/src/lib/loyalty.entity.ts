import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/** An association's loyalty rule, set by the board; no row means the defaults (programme off). */
@Entity('loyalty_settings')
export class LoyaltySettingsEntity {
  @PrimaryColumn('uuid') associationId!: string;
  @Column('boolean', { default: false }) enabled!: boolean;
  @Column('int') pointsPerEuro!: number;
  @Column('int') campaignBonusPercent!: number;
  @Column('int') dailyCapPoints!: number;
  @Column('int') maxPurchaseCents!: number;
  @Column('uuid', { nullable: true }) updatedByMembershipId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/** A reward the board defines (e.g. 100 points for a 5 € voucher usable in any member shop); withdrawn, never deleted. */
@Entity('loyalty_rewards')
export class LoyaltyRewardEntity extends AssociationScopedEntity {
  @Column('text') label!: string;
  @Column('int') pointsCost!: number;
  @Column('int') valueCents!: number;
  @Column('boolean', { default: true }) active!: boolean;
}

/** A shop taking the card (opted in by its shopkeeper or the board); opting out deletes the row. */
@Entity('loyalty_shops')
export class LoyaltyShopEntity {
  @PrimaryColumn('uuid') associationId!: string;
  @PrimaryColumn('uuid') shopId!: string;
  @Column('uuid', { nullable: true }) joinedByMembershipId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) joinedAt!: Date;
}

/**
 * A co-created product of a shop ("imaginé avec nos clients", set by the community domain): a sale of it
 * recorded at the counter gives `sharePercent` of the sale's points to the beneficiary.
 */
@Entity('loyalty_sale_shares')
@Index('loyalty_sale_shares_product', ['associationId', 'shopId', 'productRef'], { unique: true })
export class LoyaltySaleShareEntity extends AssociationScopedEntity {
  @Column('uuid') shopId!: string;
  @Column('text') productRef!: string;
  @Column('text') label!: string;
  @Column('int') sharePercent!: number;
  /** Null once the beneficiary's data is erased (the product stays, its share goes to nobody). */
  @Column('uuid', { nullable: true }) beneficiaryCustomerId!: string | null;
  @Column('text') sourceDomain!: string;
  @Column('text') sourceRef!: string;
}

/**
 * One change of a card's points (issue 17). Append-only: the balance is the sum of a card's movements; a
 * correction is a REVERSAL movement. The only change ever made to a row is the erasure of its customer
 * (`customerId` set to null, `erasedAt` set): the association's figures stay exact, the person is gone.
 */
@Entity('loyalty_movements')
@Index('loyalty_movements_idempotency', ['associationId', 'idempotencyKey'], { unique: true })
@Index('loyalty_movements_reversed_once', ['reverses'], { unique: true, where: '"reverses" IS NOT NULL' })
@Index('loyalty_movements_card', ['associationId', 'customerId', 'seq'])
@Index('loyalty_movements_shop_day', ['associationId', 'shopId', 'day'])
@Index('loyalty_movements_recent', ['associationId', 'seq'])
export class LoyaltyMovementEntity extends AssociationScopedEntity {
  /** The order movements were written in (newest first in lists). */
  @Column('bigint', { transformer: CENTS })
  @Generated('increment')
  seq!: number;
  @Column('uuid', { nullable: true }) customerId!: string | null;
  @Column({ type: 'enum', enum: LoyaltyMovementKind, enumName: 'loyalty_movement_kind' }) kind!: LoyaltyMovementKind;
  /** Signed: a credit positive, a redemption negative. */
  @Column('int') points!: number;
  /** The booking day in the association's time zone (the daily cap counts per day). */
  @Column('date') day!: string;
  @Column('text') label!: string;
  @Column('uuid', { nullable: true }) shopId!: string | null;
  @Column('int', { nullable: true }) purchaseCents!: number | null;
  @Column('uuid', { nullable: true }) rewardId!: string | null;
  /** A redemption's reward value (what the pot owes the shop). */
  @Column('int', { nullable: true }) valueCents!: number | null;
  /** A co-created product sold (a purchase), or the product whose sale shared these points. */
  @Column('text', { nullable: true }) productRef!: string | null;
  /** A sale share's purchase. */
  @Column('uuid', { nullable: true }) parentId!: string | null;
  @Column('text') sourceDomain!: string;
  @Column('text') sourceRef!: string;
  @Column('uuid', { nullable: true }) reverses!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { nullable: true }) treasuryEntryId!: string | null;
  @Column('uuid', { nullable: true }) createdByMembershipId!: string | null;
  @Column('text') idempotencyKey!: string;
  @Column('text') requestHash!: string;
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
}
