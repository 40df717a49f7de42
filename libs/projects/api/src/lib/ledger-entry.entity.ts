import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { LedgerApproval, LedgerEntryKind, PaymentMethod } from '@assoc/projects-domain';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/**
 * One append-only movement of a project's ledger, in double entry (`cents` to `debit`, from `credit`).
 * Never deleted, and its movement never updated (only `approval`, once, from PENDING): a correction is a new entry that `reverses` it (at most one, by index).
 */
@Entity('project_ledger_entries')
@Index('project_ledger_entries_of_project', ['projectId', 'createdAt'])
@Index('project_ledger_idempotency', ['projectId', 'idempotencyKey'], { unique: true })
@Index('project_ledger_reversed_once', ['reverses'], { unique: true, where: '"reverses" IS NOT NULL' })
@Index('project_ledger_pending', ['projectId'], { where: `"approval" = 'PENDING'` })
export class LedgerEntryEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @Column('text') debit!: string;
  @Column('text') credit!: string;
  @Column('bigint', { transformer: CENTS }) cents!: number;
  @Column({ type: 'enum', enum: LedgerEntryKind, enumName: 'ledger_entry_kind' }) kind!: LedgerEntryKind;
  @Column({ type: 'enum', enum: PaymentMethod, enumName: 'payment_method', nullable: true })
  paymentMethod!: PaymentMethod | null;
  @Column('timestamptz') occurredAt!: Date;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { nullable: true }) receiptFileId!: string | null;
  @Column('uuid', { nullable: true }) reverses!: string | null;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) createdByMembership?: MembershipEntity;
  @Column('uuid') createdByMembershipId!: string;
  @Column('text') idempotencyKey!: string;
  /**
   * Two signatures: an expense above the association's threshold is PENDING until a second board member
   * approves (APPROVED) or rejects it (REJECTED, with a reason); only APPROVED entries count in balances.
   * The one field of an entry that changes, once, from PENDING.
   */
  @Column({ type: 'enum', enum: LedgerApproval, enumName: 'ledger_approval', default: LedgerApproval.APPROVED })
  approval!: LedgerApproval;
  @Column('uuid', { nullable: true }) decidedByMembershipId!: string | null;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('text', { nullable: true }) rejectionReason!: string | null;
  /** A fingerprint of the request's content: the same key with another content is a CONFLICT. */
  @Column('text') requestHash!: string;
}
