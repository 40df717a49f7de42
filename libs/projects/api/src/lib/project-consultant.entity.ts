import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** A consultant assigned to a project: they see it, draft and edit it, and nothing else of projects. */
@Entity('project_consultants')
@Index('project_consultants_unique', ['projectId', 'membershipId'], { unique: true })
export class ProjectConsultantEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' }) membership?: MembershipEntity;
  @Column('uuid') membershipId!: string;
}
