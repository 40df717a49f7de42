import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Generated, Index, ManyToOne } from 'typeorm';

/**
 * One entry of the association's treasury journal (issue 17). Append-only: never updated nor deleted
 * (the migration's trigger refuses both); a correction is a new entry that `reverses` it (at most one).
 */
@Entity('treasury_entries')
@Index('treasury_entries_idempotency', ['associationId', 'idempotencyKey'], { unique: true })
@Index('treasury_entries_reversed_once', ['reverses'], { unique: true, where: '"reverses" IS NOT NULL' })
@Index('treasury_entries_journal', ['associationId', 'seq'])
export class TreasuryEntryEntity extends AssociationScopedEntity {
  /** The order entries were posted in (the journal's cursor). */
  @Column('bigint', { transformer: CENTS })
  @Generated('increment')
  seq!: number;
  /** The booking day, in the association's time zone. */
  @Column('date') day!: string;
  @Column('text') label!: string;
  /** Which domain posted it, and which of its records ('loyalty', a redemption's id). */
  @Column('text') sourceDomain!: string;
  @Column('text') sourceRef!: string;
  @Column('uuid', { nullable: true }) reverses!: string | null;
  /** Why a reversal was posted. */
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { nullable: true }) createdByMembershipId!: string | null;
  @Column('text') idempotencyKey!: string;
  /** A fingerprint of the posting: the same key with other content is a CONFLICT. */
  @Column('text') requestHash!: string;
}

/** One line of an entry: signed cents (positive: debit) to an account key (`BANK`, `SHOP_PAYABLE:<shop id>`). */
@Entity('treasury_lines')
@Index('treasury_lines_account', ['associationId', 'account', 'day'])
export class TreasuryLineEntity extends AssociationScopedEntity {
  @ManyToOne(() => TreasuryEntryEntity, { onDelete: 'RESTRICT' }) entry?: TreasuryEntryEntity;
  @Index() @Column('uuid') entryId!: string;
  @Column('text') account!: string;
  @Column('bigint', { transformer: CENTS }) cents!: number;
  /** The entry's booking day, copied so a statement reads the lines alone. */
  @Column('date') day!: string;
}
