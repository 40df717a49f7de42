import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

export enum ProjectFileKind {
  QUOTE = 'QUOTE',
  RECEIPT = 'RECEIPT',
}

/** A quote attached to a project or a receipt uploaded for an expense (PDF or image, at most 10 MB). */
@Entity('project_files')
@Index('project_files_of_project', ['projectId', 'kind'])
export class ProjectFileEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @Column({ type: 'enum', enum: ProjectFileKind, enumName: 'project_file_kind' }) kind!: ProjectFileKind;
  /** Name in the file store under project-files/ (DATA_DIR/project-files on disk). */
  @Column('text') fileName!: string;
  @Column('text') mimeType!: string;
  @Column('int') size!: number;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) uploaderMembership?: MembershipEntity;
  @Column('uuid') uploaderMembershipId!: string;
}
