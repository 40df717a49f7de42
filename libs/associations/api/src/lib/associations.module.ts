import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@assoc/identity-api';
import { AccessReader, MembershipLookup } from '@assoc/platform-api';
import { AssociationResolver } from './association.resolver';
import { AssociationsService } from './associations.service';
import { InvitationResolver } from './invitation.resolver';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { RequestAccessReader } from './request-access.reader';
import { ViewerResolver } from './viewer.resolver';
import { ASSOCIATIONS_ENTITIES } from './associations.entities';

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature(ASSOCIATIONS_ENTITIES)],
  providers: [
    AssociationsService,
    MembersService,
    { provide: MembershipLookup, useExisting: MembersService },
    RequestAccessReader,
    { provide: AccessReader, useExisting: RequestAccessReader },
    InvitationsService,
    ViewerResolver,
    AssociationResolver,
    MembersResolver,
    InvitationResolver,
  ],
  exports: [AssociationsService, MembersService, MembershipLookup, AccessReader],
})
export class AssociationsModule {}
