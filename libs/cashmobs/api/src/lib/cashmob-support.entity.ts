import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { CashmobEntity } from './cashmob.entity';

/** A member backing a nomination, so the president sees demand: one per member and cashmob by the unique index. */
@Entity('cashmob_supports')
@Index('cashmob_supports_by_time', ['associationId', 'createdAt'])
@Index('cashmob_supports_one_per_member', ['cashmobId', 'membershipId'], { unique: true })
export class CashmobSupportEntity extends AssociationScopedEntity {
  @ManyToOne(() => CashmobEntity, { onDelete: 'CASCADE' }) cashmob?: CashmobEntity;
  @Column('uuid') cashmobId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' }) membership?: MembershipEntity;
  @Column('uuid') membershipId!: string;
}
