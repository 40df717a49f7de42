import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { DEFAULT_OVERPAYMENT_LIMIT_CENTS, ProjectCategory, ProjectStatus, SplitRule } from '@assoc/projects-domain';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';

/** A joint project that pools costs. Its status changes only through the domain's `transition`. */
@Entity('projects')
@Check('projects_overpayment_limit_min', `"overpaymentLimitCents" >= 0`)
@Index('projects_keyset', ['associationId', 'createdAt', 'id'])
@Index('projects_due', ['status', 'voteDeadline'])
export class ProjectEntity extends AssociationScopedEntity {
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column({ type: 'enum', enum: ProjectCategory, enumName: 'project_category' }) category!: ProjectCategory;
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.DRAFT })
  status!: ProjectStatus;
  @Column('jsonb') splitRule!: SplitRule;
  @Column('int', { nullable: true }) minParticipants!: number | null;
  @Column('bigint', { nullable: true, transformer: CENTS }) minPledgedCents!: number | null;
  @Column('timestamptz', { nullable: true }) joinDeadline!: Date | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) authorMembership?: MembershipEntity;
  @Column('uuid') authorMembershipId!: string;

  @Column('timestamptz', { nullable: true }) proposedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) voteDeadline!: Date | null;
  /** The recorded result of the vote, set when it closed. */
  @Column('timestamptz', { nullable: true }) voteClosedAt!: Date | null;
  @Column('int', { nullable: true }) votesFor!: number | null;
  @Column('int', { nullable: true }) votesAgainst!: number | null;
  @Column('int', { nullable: true }) votesAbstain!: number | null;
  @Column('int', { nullable: true }) voteMemberCount!: number | null;
  @Column('boolean', { nullable: true }) quorumReached!: boolean | null;
  /** Set when the join deadline decided: FUNDED (shares frozen in project_participants) or CANCELLED. */
  @Column('timestamptz', { nullable: true }) frozenAt!: Date | null;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
  /** How far a contribution may go beyond what its participant still owes (cents); null: no limit (lifted by the board). */
  @Column('bigint', { nullable: true, default: DEFAULT_OVERPAYMENT_LIMIT_CENTS, transformer: CENTS })
  overpaymentLimitCents!: number | null;
  /** Where the project came from (issue 17: an idea of the ideas box), shown on its page with a link; null: none. */
  @Column('text', { nullable: true }) originLabel!: string | null;
  @Column('text', { nullable: true }) originLink!: string | null;
}
