import { InvitationStatus } from '@assoc/associations-domain';
import { AssociationScopedEntity, Role } from '@assoc/platform-api';
import { UserEntity } from '@assoc/identity-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { AssociationEntity } from './association.entity';

/** An e-mailed invitation; the link's token is stored as a keyed hash and works once. */
@Entity('invitations')
@Index('invitations_pending_unique', ['associationId', 'email'], { unique: true, where: `"status" = 'PENDING'` })
export class InvitationEntity extends AssociationScopedEntity {
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  association?: AssociationEntity;

  @Column('text')
  email!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.PENDING })
  status!: InvitationStatus;

  @Column('text', { unique: true })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('uuid', { nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  invitedBy?: UserEntity | null;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;
}
