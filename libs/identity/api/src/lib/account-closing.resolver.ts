import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, CurrentUser, Http, HttpResponse } from '@assoc/platform-api';
import { AccountClosingService } from './account-closing.service';
import { CloseAccountInput } from './close-account.input';

@Resolver()
export class AccountClosingResolver {
  constructor(private readonly closing: AccountClosingService) {}

  @Authenticated()
  @Mutation(() => Boolean, {
    description:
      "Closes the caller's account for good (password, and the second factor's code when it is on): every domain erases the person's data, the ledgers keep their lines under 'Ancien membre'; signs out.",
  })
  async closeMyAccount(
    @Args('input') input: CloseAccountInput,
    @CurrentUser() user: AuthUser,
    @Http() { res }: { res: HttpResponse },
  ): Promise<boolean> {
    await this.closing.close(user, input, res);
    return true;
  }
}
