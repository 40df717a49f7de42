import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/** Who changed what and when on a project (status and money), written in the change's transaction. */
@Entity('project_audit')
@Index('project_audit_of_project', ['projectId', 'createdAt'])
export class ProjectAuditEntity extends AssociationScopedEntity {
  @Column('uuid') projectId!: string;
  /** Null when the deadline job acted. */
  @Column('uuid', { nullable: true }) actorMembershipId!: string | null;
  /** STATUS, CONTRIBUTION, EXPENSE, REFUND, CORRECTION. */
  @Column('text') action!: string;
  @Column('jsonb', { nullable: true }) before!: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after!: Record<string, unknown> | null;
}
