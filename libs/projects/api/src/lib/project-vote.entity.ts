import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { VoteChoice } from '@assoc/projects-domain';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** One member's vote on a proposed project: one per member by the unique index, changed in place until the deadline. */
@Entity('project_votes')
@Index('project_votes_by_time', ['associationId', 'createdAt'])
@Index('project_votes_one_per_member', ['projectId', 'membershipId'], { unique: true })
export class ProjectVoteEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) membership?: MembershipEntity;
  @Column('uuid') membershipId!: string;
  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' }) choice!: VoteChoice;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}
