import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ClientIp, Public, RateLimit, RateLimiter } from '@assoc/platform-api';
import { UnsubscribeArgs } from './notification-preference.inputs';
import { UnsubscribeResultModel } from './notification-preference.model';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';

/** Unsubscribe links tried from one client address. */
export const UNSUBSCRIBE_LIMIT: RateLimit = { limit: 60, windowMs: 10 * 60_000 };

@Resolver(() => UnsubscribeResultModel)
export class UnsubscribeResolver {
  constructor(
    private readonly unsubscribe: NotificationUnsubscribeService,
    private readonly limiter: RateLimiter,
  ) {}

  /** Public: the link in a mail works without logging in; the token is the proof. */
  @Public()
  @Mutation(() => UnsubscribeResultModel, {
    name: 'unsubscribe',
    description: 'Follows the link of a notification mail (once): sets that kind, or every kind, to NEVER.',
  })
  async unsubscribeByToken(@Args() args: UnsubscribeArgs, @ClientIp() ip: string): Promise<UnsubscribeResultModel> {
    await this.limiter.consume(`unsubscribe:${ip}`, UNSUBSCRIBE_LIMIT);
    return this.unsubscribe.unsubscribe(args.token);
  }
}
