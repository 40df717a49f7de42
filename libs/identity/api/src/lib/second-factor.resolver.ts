import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  AuthUser,
  ClientIp,
  CurrentUser,
  Http,
  HttpRequest,
  HttpResponse,
  Public,
} from '@assoc/platform-api';
import {
  DisableSecondFactorInput,
  RecoveryCodesModel,
  SecondFactorCodeInput,
  SecondFactorSetupModel,
  SecondFactorStatusModel,
} from './second-factor.graphql';
import { SecondFactorService } from './second-factor.service';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';

/** The second factor (issue 25): its state, setup, recovery codes, turning it off, and the second sign-in step. */
@Resolver()
export class SecondFactorResolver {
  constructor(private readonly factors: SecondFactorService) {}

  @Authenticated()
  @Query(() => SecondFactorStatusModel, { description: "The caller's second factor." })
  secondFactor(@CurrentUser() user: AuthUser): Promise<SecondFactorStatusModel> {
    return this.factors.state(user.id);
  }

  @Authenticated()
  @Mutation(() => SecondFactorSetupModel, {
    description:
      'Starts (or restarts) setting up a second factor: a new secret and its QR code, in force once a code confirms it.',
  })
  beginSecondFactorSetup(@CurrentUser() user: AuthUser): Promise<SecondFactorSetupModel> {
    return this.factors.beginSetup(user);
  }

  @Authenticated()
  @Mutation(() => RecoveryCodesModel, {
    description: 'Turns the second factor on with a first code from the app; answers the recovery codes, shown once.',
  })
  async confirmSecondFactor(
    @Args('input') input: SecondFactorCodeInput,
    @CurrentUser() user: AuthUser,
  ): Promise<RecoveryCodesModel> {
    return { codes: await this.factors.confirmSetup(user.id, input.code) };
  }

  @Authenticated()
  @Mutation(() => RecoveryCodesModel, { description: 'New recovery codes replace the old ones; needs a code.' })
  async regenerateRecoveryCodes(
    @Args('input') input: SecondFactorCodeInput,
    @CurrentUser() user: AuthUser,
  ): Promise<RecoveryCodesModel> {
    return { codes: await this.factors.regenerateRecoveryCodes(user.id, input.code) };
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Turns the second factor off; needs the password and a code.' })
  async disableSecondFactor(
    @Args('input') input: DisableSecondFactorInput,
    @CurrentUser() user: AuthUser,
  ): Promise<boolean> {
    await this.factors.disable(user.id, input.password, input.code);
    return true;
  }

  @Public()
  @Mutation(() => UserModel, {
    description:
      'The second sign-in step: after logIn answered null, a code from the app (or a recovery code) opens the session.',
  })
  async completeLogIn(
    @Args('input') input: SecondFactorCodeInput,
    @ClientIp() ip: string,
    @Http() { req, res }: { req: HttpRequest; res: HttpResponse },
  ): Promise<UserModel> {
    return toUserModel(await this.factors.completeStep(req, res, input.code, ip));
  }
}
