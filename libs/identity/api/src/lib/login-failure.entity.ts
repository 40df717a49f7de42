import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed log-in, counted per account and per IP address to throttle guessing. */
@Entity('login_failures')
@Index(['email', 'createdAt'])
@Index(['ip', 'createdAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  ip!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
