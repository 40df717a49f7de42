import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A change of a person's e-mail address (issue 25): asked while logged in, it takes effect only when
 * the link mailed to the new address is followed (`confirmTokenHash`); the old address is then sent
 * a notice whose link (`undoTokenHash`) puts the old address back for 7 days. Only the tokens' keyed
 * hashes are stored; each link works once.
 */
@Entity('email_changes')
export class EmailChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  /** The address when the change was asked (put back by the undo link). */
  @Column('text')
  oldEmail!: string;

  /** The address asked for, normalised. */
  @Column('text')
  newEmail!: string;

  @Column('text', { unique: true })
  confirmTokenHash!: string;

  @Column('timestamptz')
  confirmExpiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  /** A newer request, or the person, cancelled this one before it was confirmed. */
  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { unique: true, nullable: true })
  undoTokenHash!: string | null;

  @Column('timestamptz', { nullable: true })
  undoExpiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  undoneAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
