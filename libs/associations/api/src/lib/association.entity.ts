import { Majority } from '@assoc/associations-domain';
import { CENTS } from '@assoc/platform-api';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('associations')
export class AssociationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** The public address's name (`/communaute/<slug>`, issue 17): from the name at creation, unique, never changed. */
  @Index('associations_slug', { unique: true })
  @Column('text')
  slug!: string;

  @Column('text')
  town!: string;

  @Column('text')
  postcode!: string;

  @Column('text', { default: 'Europe/Paris' })
  timeZone!: string;

  @Column('char', { length: 3, default: 'EUR' })
  currency!: string;

  /** Share of members who must vote for a decision to count (0 to 100). */
  @Column('smallint', { default: 50 })
  quorumPercent!: number;

  @Column({ type: 'enum', enum: Majority, enumName: 'majority', default: Majority.SIMPLE })
  majority!: Majority;

  /** Two signatures: an expense of a joint project above this many cents counts once a second board member approves it; null: off (the default). */
  @Column('bigint', { nullable: true, transformer: CENTS })
  secondSignatureAboveCents!: number | null;

  /**
   * Those whose role can act on money, roles or rules (the permissions their domains mark with
   * registerSecondFactorPermissions) must have a second factor to do so (issue 25); false by default.
   */
  @Column('boolean', { default: false })
  secondFactorRequired!: boolean;

  /** When the president last saved the settings page (null: never since the association was created); the onboarding's "settings" step. */
  @Column('timestamptz', { nullable: true })
  settingsSavedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the president asked to close the association (null: open, or the closing was cancelled). */
  @Column('timestamptz', { nullable: true })
  closingRequestedAt!: Date | null;

  /** Who asked (a membership of this association). */
  @Column('uuid', { nullable: true })
  closingRequestedByMembershipId!: string | null;

  /** When it closes unless the board cancels: closingRequestedAt + ASSOCIATION_CLOSING_GRACE. */
  @Column('timestamptz', { nullable: true })
  closesAt!: Date | null;

  /** When the closing job closed it: members lost access and its personal data was erased. */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
