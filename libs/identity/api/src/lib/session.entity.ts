import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A logged-in browser. The cookie holds a random token; only its keyed hash is stored. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  @Column('text', { unique: true })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  /** The browser's User-Agent header when the session opened (cut to USER_AGENT_MAX_LENGTH), shown as a device. */
  @Column('text', { nullable: true })
  userAgent!: string | null;

  /** The last request seen on this session, written at most once a minute (SESSION_SEEN_EVERY_SECONDS). */
  @Column('timestamptz', { default: () => 'now()' })
  lastSeenAt!: Date;
}
