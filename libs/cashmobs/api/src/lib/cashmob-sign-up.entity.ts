import { SignUpStatus } from '@assoc/cashmobs-domain';
import { AssociationScopedEntity, Locale } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { CashmobEntity } from './cashmob.entity';

/**
 * One person signed up on the public page (or a walk-in added on the day). Personal data (first
 * name, e-mail) is visible only to the organiser, the shop's owner and the board, and is erased
 * (anonymisedAt) 30 days after the end or when the person deletes their sign-up; the row stays so
 * the counts do. One sign-up per e-mail per cashmob: the unique index on (cashmobId, lower(email))
 * is created by the migration (TypeORM cannot declare an expression index).
 */
@Entity('cashmob_sign_ups')
@Index('cashmob_sign_ups_one_per_email', { synchronize: false })
@Index('cashmob_sign_ups_queue', ['cashmobId', 'status', 'position'])
export class CashmobSignUpEntity extends AssociationScopedEntity {
  @ManyToOne(() => CashmobEntity, { onDelete: 'CASCADE' }) cashmob?: CashmobEntity;
  @Column('uuid') cashmobId!: string;
  @Column({ type: 'enum', enum: SignUpStatus, enumName: 'cashmob_sign_up_status' }) status!: SignUpStatus;
  /** Order of arrival within the cashmob: the waiting list moves up by it. */
  @Column('int') position!: number;
  @Column('text', { nullable: true }) firstName!: string | null;
  /** Lower-cased; null for walk-ins and once anonymised. */
  @Column('text', { nullable: true }) email!: string | null;
  @Column({ type: 'enum', enum: Locale, enumName: 'locale' }) locale!: Locale;
  @Column('int', { nullable: true }) intendedSpendCents!: number | null;
  /** HMAC of the secret manage link's token (mailed once, never stored in clear). */
  @Index('cashmob_sign_ups_manage_token', { unique: true }) @Column('text', { nullable: true }) manageTokenHash!:
    string | null;
  @Column('timestamptz', { nullable: true }) consentAt!: Date | null;
  @Column('boolean', { default: false }) walkIn!: boolean;
  @Column('timestamptz', { nullable: true }) checkedInAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('timestamptz', { nullable: true }) dayBeforeSentAt!: Date | null;
  @Column('timestamptz', { nullable: true }) twoHoursSentAt!: Date | null;
  /** When the person stopped this cashmob's reminders (one click from a reminder's List-Unsubscribe); none go after. */
  @Column('timestamptz', { nullable: true }) remindersStoppedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) anonymisedAt!: Date | null;
}
