import { AssociationEntity } from './association.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

/**
 * The tables this library owns (the associations domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const ASSOCIATIONS_ENTITIES = [AssociationEntity, MembershipEntity, InvitationEntity];
