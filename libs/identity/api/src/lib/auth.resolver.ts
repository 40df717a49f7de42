import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  AuthUser,
  ClientIp,
  CurrentUser,
  Http,
  HttpRequest,
  HttpResponse,
  Locale,
  OptionalUser,
  Public,
  RequestLocale,
} from '@assoc/platform-api';
import {
  ConfirmSignUpInput,
  LogInInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignUpInput,
} from './auth.inputs';
import { AuthService } from './auth.service';
import { SignUpService } from './sign-up.service';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';

type HttpPair = { req: HttpRequest; res: HttpResponse };

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly signUps: SignUpService,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The logged-in person; null when logged out.' })
  me(@OptionalUser() user: AuthUser | null): UserModel | null {
    return user && toUserModel(user);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a link that creates the account (or, for an address that has one, a note to its owner); always true, so nobody learns which addresses have an account.',
  })
  async signUp(@Args('input') input: SignUpInput, @ClientIp() ip: string): Promise<boolean> {
    await this.signUps.signUp(input, ip);
    return true;
  }

  @Public()
  @Mutation(() => UserModel, { description: "Follows the sign-up mail's link once: creates the account and logs in." })
  async confirmSignUp(
    @Args('input') input: ConfirmSignUpInput,
    @ClientIp() ip: string,
    @Http() { res }: HttpPair,
  ): Promise<UserModel> {
    return toUserModel(await this.signUps.confirm(input.token, ip, res));
  }

  @Public()
  @Mutation(() => UserModel, {
    nullable: true,
    description:
      'Logs in with the password. Null when the account has a second factor: no session yet, the log-in continues with completeLogIn (its pending step is kept in an HttpOnly cookie for a few minutes).',
  })
  async logIn(
    @Args('input') input: LogInInput,
    @ClientIp() ip: string,
    @Http() { res }: HttpPair,
  ): Promise<UserModel | null> {
    const user = await this.auth.logIn(input, ip, res);
    return user && toUserModel(user);
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async logOut(@CurrentUser() user: AuthUser, @Http() { res }: HttpPair): Promise<boolean> {
    await this.auth.logOut(user, res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a reset link if the address has an account (else a note that it has none); always true.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email, ip, locale);
    return true;
  }

  @Public()
  @Mutation(() => UserModel)
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @ClientIp() ip: string,
    @Http() { res }: HttpPair,
  ): Promise<UserModel> {
    return toUserModel(await this.auth.resetPassword(input, ip, res));
  }

  @Authenticated()
  @Mutation(() => UserModel)
  async setLocale(
    @Args('locale', { type: () => Locale }) locale: Locale,
    @CurrentUser() user: AuthUser,
  ): Promise<UserModel> {
    return toUserModel(await this.auth.setLocale(user.id, locale));
  }
}
