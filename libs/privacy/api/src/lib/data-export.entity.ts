import { AssociationEntity } from '@assoc/associations-api';
import { UserEntity } from '@assoc/identity-api';
import { Locale } from '@assoc/platform-api';
import { DataExportKind, DataExportStatus } from '@assoc/privacy-domain';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One asked-for export (issue 25): a person's data, or an association's for its president. The job builds
 * the ZIP into the file store (`exports/<id>.zip`) and marks it ready; the link works for its owner only,
 * until `expiresAt`, then the job deletes the file. At most one pending export per person (and per
 * association), held by the partial unique indexes, so concurrent requests make one row.
 */
@Entity('data_exports')
@Index('data_exports_pending_person', ['userId'], {
  unique: true,
  where: `"status" = 'PENDING' AND "kind" = 'PERSON'`,
})
@Index('data_exports_pending_association', ['associationId'], {
  unique: true,
  where: `"status" = 'PENDING' AND "kind" = 'ASSOCIATION'`,
})
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Who asked, and the only person who may download it. */
  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: DataExportKind, enumName: 'data_export_kind' })
  kind!: DataExportKind;

  /** The association exported (kind ASSOCIATION), else null. */
  @Column('uuid', { nullable: true })
  associationId!: string | null;

  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  association?: AssociationEntity | null;

  @Column({ type: 'enum', enum: DataExportStatus, enumName: 'data_export_status', default: DataExportStatus.PENDING })
  status!: DataExportStatus;

  /** The README's and the mail's language: the asker's when they asked. */
  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  locale!: Locale;

  @Column('timestamptz')
  requestedAt!: Date;

  @Column('timestamptz', { nullable: true })
  readyAt!: Date | null;

  /** When the link stops working (readyAt + the registered retention). */
  @Index()
  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  /** The archive in the file store while it is ready; null before and once deleted. */
  @Column('text', { nullable: true })
  fileKey!: string | null;

  @Column('integer', { nullable: true })
  sizeBytes!: number | null;

  /** The job's failed attempts at building it; after MAX_EXPORT_ATTEMPTS it ends (EXPIRED, never ready). */
  @Column('integer', { default: 0 })
  attempts!: number;
}
