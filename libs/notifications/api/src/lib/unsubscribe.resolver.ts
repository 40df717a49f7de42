import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@assoc/platform-api';
import { UnsubscribeArgs } from './notification-preference.inputs';
import { UnsubscribeResultModel } from './notification-preference.model';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';

@Resolver(() => UnsubscribeResultModel)
export class UnsubscribeResolver {
  constructor(private readonly unsubscribe: NotificationUnsubscribeService) {}

  /** Public: the link in a mail works without logging in; the token is the proof. */
  @Public()
  @Mutation(() => UnsubscribeResultModel, {
    name: 'unsubscribe',
    description: 'Follows the link of a notification mail (once): sets that kind, or every kind, to NEVER.',
  })
  unsubscribeByToken(@Args() args: UnsubscribeArgs): Promise<UnsubscribeResultModel> {
    return this.unsubscribe.unsubscribe(args.token);
  }
}
