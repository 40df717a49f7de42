import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { ChangeMemberRoleInput } from './association.inputs';
import { toMembershipModel } from './association.mapper';
import { MembershipModel } from './association.models';
import { MembersService } from './members.service';

@Resolver(() => MembershipModel)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Allow(Permission.ManageMembers)
  @Mutation(() => MembershipModel)
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @Member() member: CurrentMember,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.members.changeRole(member, input.membershipId, input.role), member);
  }

  @Allow(Permission.ManageMembers)
  @Mutation(() => Boolean, { description: 'Removes a member; what they did stays attributed to them.' })
  async removeMember(
    @Args('membershipId', { type: () => ID }, uuidArg('membershipId')) membershipId: string,
    @Member() member: CurrentMember,
  ): Promise<boolean> {
    await this.members.remove(member, membershipId);
    return true;
  }

  @Allow(Permission.LeaveAssociation)
  @Mutation(() => Boolean)
  async leaveAssociation(@Member() member: CurrentMember): Promise<boolean> {
    await this.members.leave(member);
    return true;
  }
}
