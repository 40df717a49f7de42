import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** A message in a project's discussion thread (a flat list, oldest first). */
@Entity('project_comments')
@Index('project_comments_of_project', ['projectId', 'createdAt'])
export class ProjectCommentEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) authorMembership?: MembershipEntity;
  @Column('uuid') authorMembershipId!: string;
  @Column('text') text!: string;
}
