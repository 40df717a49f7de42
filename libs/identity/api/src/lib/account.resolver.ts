import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  AuthUser,
  ClientIp,
  CurrentUser,
  Http,
  HttpResponse,
  Public,
  uuidArg,
} from '@assoc/platform-api';
import {
  ChangePasswordInput,
  EmailChangeTokenInput,
  RequestEmailChangeInput,
  UpdateAccountInput,
} from './account.inputs';
import {
  AccountSessionModel,
  EmailChangeResultModel,
  PendingEmailChangeModel,
  SessionPlatform,
} from './account.models';
import { AccountSessions } from './account-sessions.service';
import { AccountService } from './account.service';
import { EmailChangeEntity } from './email-change.entity';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';

function toPending(change: EmailChangeEntity | null): PendingEmailChangeModel | null {
  return change && { email: change.newEmail, expiresAt: change.confirmExpiresAt };
}

/** The caller's own account (issue 25): every operation acts on the logged-in person only. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly sessions: AccountSessions,
  ) {}

  @Authenticated()
  @Mutation(() => UserModel, { description: "Sets the caller's name and language." })
  async updateAccount(@Args('input') input: UpdateAccountInput, @CurrentUser() user: AuthUser): Promise<UserModel> {
    return toUserModel(await this.account.update(user.id, input));
  }

  @Authenticated()
  @Query(() => PendingEmailChangeModel, {
    nullable: true,
    description: 'The new address waiting for its confirmation link, if any.',
  })
  async pendingEmailChange(@CurrentUser() user: AuthUser): Promise<PendingEmailChangeModel | null> {
    return toPending(await this.account.pendingEmailChange(user.id));
  }

  @Authenticated()
  @Mutation(() => PendingEmailChangeModel, {
    description:
      'Asks to change the e-mail address (the current password first): a link goes to the new address, which becomes the account’s once it is followed.',
  })
  async requestEmailChange(
    @Args('input') input: RequestEmailChangeInput,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<PendingEmailChangeModel> {
    return toPending(await this.account.requestEmailChange(user, input, ip)) as PendingEmailChangeModel;
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Cancels the e-mail change waiting for its link.' })
  async cancelEmailChange(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.account.cancelEmailChange(user.id);
    return true;
  }

  @Public()
  @Mutation(() => EmailChangeResultModel, {
    description: "Follows the new address's link once: it becomes the account's address; the old one is told.",
  })
  async confirmEmailChange(
    @Args('input') input: EmailChangeTokenInput,
    @ClientIp() ip: string,
  ): Promise<EmailChangeResultModel> {
    return { email: await this.account.confirmEmailChange(input.token, ip) };
  }

  @Public()
  @Mutation(() => EmailChangeResultModel, {
    description: "Follows the old address's undo link (7 days, once): the old address is back and every session ends.",
  })
  async undoEmailChange(
    @Args('input') input: EmailChangeTokenInput,
    @ClientIp() ip: string,
  ): Promise<EmailChangeResultModel> {
    return { email: await this.account.undoEmailChange(input.token, ip) };
  }

  @Authenticated()
  @Mutation(() => Int, {
    description: 'Changes the password (the current one first); ends every other session and answers how many.',
  })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<number> {
    return this.account.changePassword(user, input, ip);
  }

  @Authenticated()
  @Query(() => [AccountSessionModel], { description: 'Where the caller is logged in, the most recently used first.' })
  async mySessions(@CurrentUser() user: AuthUser): Promise<AccountSessionModel[]> {
    return (await this.sessions.list(user.id, user.sessionId)).map((s) => ({
      ...s,
      platform: SessionPlatform[s.platform],
    }));
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: "Ends one of the caller's sessions (NOT_FOUND for anyone else's); ending the current one logs out.",
  })
  async endSession(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @CurrentUser() user: AuthUser,
    @Http() { res }: { res: HttpResponse },
  ): Promise<boolean> {
    await this.sessions.endOne(user.id, user.sessionId, id, res);
    return true;
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Ends every session of the caller but this one; answers how many.' })
  endOtherSessions(@CurrentUser() user: AuthUser): Promise<number> {
    return this.sessions.endOthers(user.id, user.sessionId);
  }
}
