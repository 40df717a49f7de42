import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/** A topic of the association's network (Animations, Travaux et voirie…), managed by the president and board. */
@Entity('topics')
@Index('topics_active_name_unique', ['associationId', 'name'], { unique: true, where: '"archivedAt" IS NULL' })
@Index('topics_list', ['associationId', 'position'])
export class TopicEntity extends AssociationScopedEntity {
  @Column('text')
  name!: string;

  /** Consultants see (and write in) only the topics open to them. */
  @Column('boolean', { default: false })
  openToConsultants!: boolean;

  @Column('int', { default: 0 })
  position!: number;

  /** Archived topics take no new posts and leave the list; their posts stay. */
  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;
}
