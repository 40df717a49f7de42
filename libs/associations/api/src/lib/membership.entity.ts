import { AssociationScopedEntity, Role } from '@assoc/platform-api';
import { UserEntity } from '@assoc/identity-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { AssociationEntity } from './association.entity';

/**
 * A person's place in an association. Removing a member keeps the row (removedAt set) so what they
 * did stays attributed; a person has at most one active membership per association.
 */
@Entity('memberships')
@Index('memberships_active_unique', ['associationId', 'userId'], { unique: true, where: '"removedAt" IS NULL' })
/** For the member counts of the days a period's instants fall inside (MembershipFigures). */
@Index('memberships_by_time', ['associationId', 'createdAt'])
@Index('memberships_by_removal', ['associationId', 'removedAt'], { where: '"removedAt" IS NOT NULL' })
export class MembershipEntity extends AssociationScopedEntity {
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  association?: AssociationEntity;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Column('timestamptz', { nullable: true })
  removedAt!: Date | null;

  /** When this person hid their onboarding checklist in this association (null: shown until every step is done). */
  @Column('timestamptz', { nullable: true })
  onboardingDismissedAt!: Date | null;
}
