import { Query, Resolver } from '@nestjs/graphql';
import { AuthUser, OptionalUser, Public } from '@assoc/platform-api';
import { toUserModel } from '@assoc/identity-api';
import { toMembershipModel } from './association.mapper';
import { ViewerModel } from './association.models';
import { AssociationsService } from './associations.service';

@Resolver(() => ViewerModel)
export class ViewerResolver {
  constructor(private readonly associations: AssociationsService) {}

  @Public()
  @Query(() => ViewerModel, {
    nullable: true,
    description: 'The logged-in person and their associations; null when logged out.',
  })
  async viewer(@OptionalUser() user: AuthUser | null): Promise<ViewerModel | null> {
    if (!user) return null;
    const memberships = await this.associations.viewerMemberships(user.id);
    return {
      user: toUserModel(user),
      memberships: memberships.map((m) => toMembershipModel(m, { userId: user.id, role: m.role })),
    };
  }
}
