import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentMember, CurrentUser, Member, Permission } from '@assoc/platform-api';
import { CreateAssociationInput, UpdateAssociationSettingsInput } from './association.inputs';
import { toAssociationModel, toMembershipModel } from './association.mapper';
import { AssociationModel, MembershipModel } from './association.models';
import { AssociationsService } from './associations.service';

@Resolver(() => AssociationModel)
export class AssociationResolver {
  constructor(private readonly associations: AssociationsService) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => AssociationModel, { description: 'The current association (header x-association-id).' })
  async association(@Member() member: CurrentMember): Promise<AssociationModel> {
    return toAssociationModel(await this.associations.current(member));
  }

  @ResolveField(() => Int)
  memberCount(@Parent() association: AssociationModel): Promise<number> {
    return this.associations.memberCount(association.id);
  }

  @Authenticated()
  @Mutation(() => MembershipModel, {
    description: "Creates an association; the creator becomes its president. Returns the creator's membership.",
  })
  async createAssociation(
    @Args('input') input: CreateAssociationInput,
    @CurrentUser() user: AuthUser,
  ): Promise<MembershipModel> {
    const membership = await this.associations.create(user.id, input);
    return toMembershipModel(membership, { userId: user.id, role: membership.role });
  }

  @Allow(Permission.EditSettings)
  @Mutation(() => AssociationModel)
  async updateAssociationSettings(
    @Args('input') input: UpdateAssociationSettingsInput,
    @Member() member: CurrentMember,
  ): Promise<AssociationModel> {
    return toAssociationModel(await this.associations.updateSettings(member, input));
  }
}
