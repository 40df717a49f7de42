import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The base of every private row: it belongs to one association, and services always filter on
 * `associationId` taken from the caller's checked membership, never from client input alone.
 */
export abstract class AssociationScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  associationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
