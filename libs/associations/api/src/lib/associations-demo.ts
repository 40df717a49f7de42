import { Role } from '@assoc/platform-domain';
import { EntityManager } from 'typeorm';
import { AssociationSummary } from './association-reads.service';
import { AssociationEntity } from './association.entity';
import { MembershipEntity } from './membership.entity';

/** The demo association's own fields: what other domains read of it (AssociationSummary), and its settings. */
export interface DemoAssociationFields extends Omit<AssociationSummary, 'id'> {
  quorumPercent: number;
  settingsSavedAt: Date | null;
}

/** How the demo association and its memberships are written (the API's demo seeder orchestrates, inside its transaction). */
export const AssociationsDemo = {
  /** Creates the association; answers its id. */
  async createAssociation(manager: EntityManager, association: DemoAssociationFields): Promise<string> {
    return (await manager.save(manager.create(AssociationEntity, association))).id;
  },

  /** Makes the account an active member with this role; answers the membership's id. */
  async addMember(
    manager: EntityManager,
    member: { associationId: string; userId: string; role: Role },
  ): Promise<string> {
    return (await manager.save(manager.create(MembershipEntity, { ...member, removedAt: null }))).id;
  },

  /** Back-dates when the member joined (the demo's recent past). */
  async setJoinedAt(manager: EntityManager, membershipId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE memberships SET "createdAt" = $2 WHERE id = $1`, [membershipId, at]);
  },
};
