import { Locale } from '@assoc/platform-api';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-up waiting for its e-mail to be confirmed: the account is created only when the mailed
 * link is followed, so signing up answers the same whether or not the address has an account.
 * Only the link token's keyed hash and the password's argon2id hash are stored.
 */
@Entity('pending_sign_ups')
export class PendingSignUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  passwordHash!: string;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.FR })
  locale!: Locale;

  @Column('text', { unique: true })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column('timestamptz')
  expiresAt!: Date;
}
