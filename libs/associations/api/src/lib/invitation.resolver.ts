import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Authenticated,
  AuthUser,
  ClientIp,
  Clock,
  CurrentMember,
  CurrentUser,
  Http,
  HttpResponse,
  Member,
  Permission,
  Public,
  RateLimit,
  RateLimiter,
  uuidArg,
} from '@assoc/platform-api';
import { SignUpWithInvitationInput, InviteMemberInput } from './association.inputs';
import { toInvitationModel, toMembershipModel } from './association.mapper';
import { InvitationModel, InvitationPreviewModel, MembershipModel } from './association.models';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';

const TOKEN_ARG = { name: 'token', type: () => String };

/** Invitation links tried from one client address (preview, sign-up and acceptance together). */
export const INVITATION_TOKEN_LIMIT: RateLimit = { limit: 60, windowMs: 10 * 60_000 };

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly members: MembersService,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
  ) {}

  @Allow(Permission.ManageInvitations)
  @Query(() => [InvitationModel])
  async invitations(@Member() member: CurrentMember): Promise<InvitationModel[]> {
    const now = this.clock.now();
    return (await this.invitationsService.list(member)).map((i) => toInvitationModel(i, now));
  }

  @Allow(Permission.ManageInvitations)
  @Mutation(() => InvitationModel)
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @Member() member: CurrentMember,
    @CurrentUser() user: AuthUser,
  ): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationsService.invite(member, user, input), this.clock.now());
  }

  @Allow(Permission.ManageInvitations)
  @Mutation(() => InvitationModel)
  async resendInvitation(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
    @CurrentUser() user: AuthUser,
  ): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationsService.resend(member, user, id), this.clock.now());
  }

  @Allow(Permission.ManageInvitations)
  @Mutation(() => InvitationModel)
  async revokeInvitation(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationsService.revoke(member, id), this.clock.now());
  }

  @Public()
  @Query(() => InvitationPreviewModel, {
    description: 'What an invitation link is about; BAD_USER_INPUT when used, revoked or expired.',
  })
  async invitationPreview(@Args(TOKEN_ARG) token: string, @ClientIp() ip: string): Promise<InvitationPreviewModel> {
    await this.limiter.consume(`invitation-token:${ip}`, INVITATION_TOKEN_LIMIT);
    const { invitation, association, hasAccount } = await this.invitationsService.preview(token);
    return {
      associationName: association.name,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      hasAccount,
    };
  }

  @Authenticated()
  @Mutation(() => MembershipModel, { description: 'The logged-in person accepts an invitation sent to their e-mail.' })
  async acceptInvitation(
    @Args(TOKEN_ARG) token: string,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<MembershipModel> {
    await this.limiter.consume(`invitation-token:${ip}`, INVITATION_TOKEN_LIMIT);
    const membershipId = await this.invitationsService.accept(user, token);
    return this.membershipOf(user.id, membershipId);
  }

  @Public()
  @Mutation(() => MembershipModel, { description: 'Creates an account from an invitation, joins, and logs in.' })
  async signUpWithInvitation(
    @Args('input') input: SignUpWithInvitationInput,
    @Http() { res }: { res: HttpResponse },
    @ClientIp() ip: string,
  ): Promise<MembershipModel> {
    await this.limiter.consume(`invitation-token:${ip}`, INVITATION_TOKEN_LIMIT);
    const membershipId = await this.invitationsService.signUpAndAccept(input, res);
    const userId = await this.invitationsService.memberUserId(membershipId);
    return this.membershipOf(userId, membershipId);
  }

  private async membershipOf(userId: string, membershipId: string): Promise<MembershipModel> {
    const own = await this.members.ownMembership(userId, membershipId);
    return toMembershipModel(own, { userId, role: own.role });
  }
}
