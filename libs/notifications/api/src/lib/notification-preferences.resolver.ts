import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { UpdateNotificationPreferenceInput } from './notification-preference.inputs';
import { NotificationPreferenceModel } from './notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => NotificationPreferenceModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => [NotificationPreferenceModel], {
    description: 'How the caller is told by e-mail, for every kind of notification (defaults included).',
  })
  notificationPreferences(@Member() member: CurrentMember): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(member);
  }

  @Allow(Permission.ViewDirectory)
  @Mutation(() => NotificationPreferenceModel)
  updateNotificationPreference(
    @Member() member: CurrentMember,
    @Args('input') input: UpdateNotificationPreferenceInput,
  ): Promise<NotificationPreferenceModel> {
    return this.preferences.update(member, input.kind, input.frequency);
  }
}
