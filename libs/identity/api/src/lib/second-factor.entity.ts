import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A person's time-based second factor (TOTP). The secret is sealed (AES-256-GCM under a key derived
 * from SECRET_KEY) and shown only while it is being set up; `confirmedAt` is set by the first valid
 * code, from when sign-in asks for one. `lastUsedStep` is the newest time step a code was accepted
 * for: a code is never accepted twice.
 */
@Entity('second_factors')
export class SecondFactorEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  @Column('text')
  sealedSecret!: string;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  @Column('bigint', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  lastUsedStep!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One of the ten single-use recovery codes, stored as a keyed hash; `usedAt` once it has served. */
@Entity('recovery_codes')
@Index('recovery_codes_user_code', ['userId', 'codeHash'], { unique: true })
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  @Column('text')
  codeHash!: string;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The second sign-in step: the password was right, the account has a second factor, and no session
 * is open yet. The browser holds a random token in an HttpOnly cookie; its keyed hash is stored here
 * until a code completes the log-in or it expires (a few minutes).
 */
@Entity('second_factor_steps')
export class SecondFactorStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  @Column('text', { unique: true })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
