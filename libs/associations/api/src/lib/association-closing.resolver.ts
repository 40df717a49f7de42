import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { toAssociationModel } from './association.mapper';
import { AssociationModel } from './association.models';
import { AssociationClosingModel } from './association-closing.model';
import { AssociationClosingService } from './association-closing.service';

/** The state, the request and the cancel of closing the current association (issue 25 part 5). */
@Resolver(() => AssociationModel)
export class AssociationClosingResolver {
  constructor(private readonly closings: AssociationClosingService) {}

  @ResolveField(() => AssociationClosingModel, {
    nullable: true,
    description: 'The closing asked for, while the association is in its grace period; null when none.',
  })
  closing(
    @Parent()
    association: AssociationModel & {
      closingRequestedAt?: Date | null;
      closesAt?: Date | null;
      closingRequestedByMembershipId?: string | null;
    },
  ): AssociationClosingModel | null {
    if (!association.closingRequestedAt || !association.closesAt) return null;
    return {
      requestedAt: association.closingRequestedAt,
      closesAt: association.closesAt,
      requestedByMembershipId: association.closingRequestedByMembershipId ?? null,
    };
  }

  @Allow(Permission.CloseAssociation)
  @Mutation(() => AssociationModel, {
    description:
      'The president asks to close the association: the board is told and can cancel during the grace period (30 days); then members lose access and its personal data is erased, its accounts kept.',
  })
  async requestAssociationClosing(@Member() member: CurrentMember): Promise<AssociationModel> {
    return toAssociationModel(await this.closings.request(member));
  }

  @Allow(Permission.CancelAssociationClosing)
  @Mutation(() => AssociationModel, { description: 'A president or board member cancels the closing asked for.' })
  async cancelAssociationClosing(@Member() member: CurrentMember): Promise<AssociationModel> {
    return toAssociationModel(await this.closings.cancel(member));
  }
}
