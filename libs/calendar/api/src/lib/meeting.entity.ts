import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/** An association meeting (general assembly, board meeting, a walk round the shops), set by the president or board. */
@Entity('meetings')
@Index('meetings_by_time', ['associationId', 'startsAt'])
/** GiST on ("associationId", tstzrange("startsAt", "endsAt")): the calendar's periods (migration CalendarPeriods). */
@Index('meetings_by_period', { synchronize: false })
export class MeetingEntity extends AssociationScopedEntity {
  @Column('text') title!: string;
  @Column('text', { default: '' }) place!: string;
  @Column('text', { default: '' }) agenda!: string;
  @Column('timestamptz') startsAt!: Date;
  @Column('timestamptz') endsAt!: Date;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) createdByMembership?: MembershipEntity;
  @Column('uuid') createdByMembershipId!: string;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
