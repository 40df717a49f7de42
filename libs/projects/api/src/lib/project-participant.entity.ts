import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/**
 * A member who opted in. The row stays when the member later leaves the association: their frozen
 * share (set when the project is FUNDED) keeps their debt visible.
 */
@Entity('project_participants')
@Index('project_participants_by_time', ['associationId', 'createdAt'])
@Index('project_participants_unique', ['projectId', 'membershipId'], { unique: true })
export class ProjectParticipantEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) membership?: MembershipEntity;
  @Column('uuid') membershipId!: string;
  /** What the member commits to pay at most (counts towards minPledgedCents); optional. */
  @Column('bigint', { nullable: true, transformer: CENTS }) pledgeCents!: number | null;
  /** The share frozen at funding; null while the project is open. */
  @Column('bigint', { nullable: true, transformer: CENTS }) shareCents!: number | null;
}
