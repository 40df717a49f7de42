import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountMemberships, IdentityModule, SecondFactorRequirements } from '@assoc/identity-api';
import { AccessReader, MembershipLookup } from '@assoc/platform-api';
import { AssociationResolver } from './association.resolver';
import { AssociationsService } from './associations.service';
import { InvitationResolver } from './invitation.resolver';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { RequestAccessReader } from './request-access.reader';
import { ViewerResolver } from './viewer.resolver';
import { MembershipReads } from './membership-reads.service';
import { MembershipFigures } from './membership-figures.service';
import { AssociationReads } from './association-reads.service';
import { OnboardingSteps } from './onboarding/onboarding-steps';
import { OnboardingResolver } from './onboarding/onboarding.resolver';
import { ClosingMembershipsService } from './closing-memberships.service';
import { AssociationClosingResolver } from './association-closing.resolver';
import { AssociationClosingService } from './association-closing.service';
import { AssociationsPersonalData } from './associations-personal-data';
import { ASSOCIATIONS_ENTITIES } from './associations.entities';
import { AssociationSecondFactorRequirements } from './second-factor-requirements';
import {
  ASSOCIATIONS_MESSAGES,
  ASSOCIATIONS_PERMISSIONS,
  ASSOCIATIONS_SECOND_FACTOR,
} from '@assoc/associations-domain';
import { registerMessages, registerPermissions, registerSecondFactorPermissions } from '@assoc/platform-domain';
import { registerRetention } from '@assoc/platform-domain';
import { ASSOCIATION_CLOSING_MESSAGES, ASSOCIATIONS_RETENTION } from '@assoc/associations-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('associations', ASSOCIATIONS_MESSAGES);
registerPermissions('associations', ASSOCIATIONS_PERMISSIONS);
registerMessages('associations', ASSOCIATION_CLOSING_MESSAGES);
registerRetention('associations', ASSOCIATIONS_RETENTION);
registerSecondFactorPermissions('associations', ASSOCIATIONS_SECOND_FACTOR);

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature(ASSOCIATIONS_ENTITIES)],
  providers: [
    AssociationsService,
    MembersService,
    MembershipReads,
    MembershipFigures,
    AssociationReads,
    { provide: MembershipLookup, useExisting: MembersService },
    RequestAccessReader,
    { provide: AccessReader, useExisting: RequestAccessReader },
    InvitationsService,
    ViewerResolver,
    AssociationResolver,
    MembersResolver,
    InvitationResolver,
    OnboardingSteps,
    OnboardingResolver,
    { provide: SecondFactorRequirements, useClass: AssociationSecondFactorRequirements },
    { provide: AccountMemberships, useClass: ClosingMembershipsService },
    AssociationClosingService,
    AssociationClosingResolver,
    AssociationsPersonalData,
  ],
  exports: [
    AssociationsService,
    MembersService,
    MembershipReads,
    MembershipFigures,
    AssociationReads,
    MembershipLookup,
    AccessReader,
    OnboardingSteps,
    AssociationClosingService,
  ],
})
export class AssociationsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = ASSOCIATIONS_ENTITIES;
}
