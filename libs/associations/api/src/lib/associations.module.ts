import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@assoc/identity-api';
import { AccessReader, MembershipLookup } from '@assoc/platform-api';
import { AssociationEntity } from './association.entity';
import { AssociationResolver } from './association.resolver';
import { AssociationsService } from './associations.service';
import { InvitationEntity } from './invitation.entity';
import { InvitationResolver } from './invitation.resolver';
import { InvitationsService } from './invitations.service';
import { MembershipEntity } from './membership.entity';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { RequestAccessReader } from './request-access.reader';
import { ViewerResolver } from './viewer.resolver';

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([AssociationEntity, MembershipEntity, InvitationEntity])],
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
