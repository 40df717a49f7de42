import { Locale } from '@assoc/platform-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised (trimmed, lower case); unique. */
  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  passwordHash!: string;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.FR })
  locale!: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /**
   * When the person closed their account (issue 25): the row stays so what points to it stays valid, but its
   * e-mail, name and password are replaced (`closedAccountEmail`, the French "Ancien membre", an empty hash).
   */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
