import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/**
 * A shop's monthly statement, closed by the board (issue 17): what it said when closed. One per
 * association, shop and month (a unique index: two closings at once make one); append-only like the
 * journal (the migration's trigger refuses UPDATE and DELETE). Its payments are journal entries whose
 * source is `{ domain: 'treasury', ref: 'closing:<id>' }`.
 */
@Entity('treasury_closings')
@Index('treasury_closings_once', ['associationId', 'shopId', 'month'], { unique: true })
export class TreasuryClosingEntity extends AssociationScopedEntity {
  @Column('uuid') shopId!: string;
  /** yyyy-mm. */
  @Column('text') month!: string;
  /** What the association owed the shop at the start and at the end of the month, in cents. */
  @Column('bigint', { transformer: CENTS }) openingCents!: number;
  @Column('bigint', { transformer: CENTS }) closingCents!: number;
  /** When it was closed (the API's clock). */
  @Column('timestamptz') closedAt!: Date;
  @Column('uuid', { nullable: true }) closedByMembershipId!: string | null;
}
