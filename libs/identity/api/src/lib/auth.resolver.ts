import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, CurrentUser, Http, Locale, OptionalUser, Public } from '@assoc/platform-api';
import type { Request, Response } from 'express';
import { LogInInput, RequestPasswordResetInput, ResetPasswordInput, SignUpInput } from './auth.inputs';
import { AuthService } from './auth.service';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';

type HttpPair = { req: Request; res: Response };

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The logged-in person; null when logged out.' })
  me(@OptionalUser() user: AuthUser | null): UserModel | null {
    return user && toUserModel(user);
  }

  @Public()
  @Mutation(() => UserModel, { description: 'Creates an account and logs in.' })
  async signUp(@Args('input') input: SignUpInput, @Http() { res }: HttpPair): Promise<UserModel> {
    return toUserModel(await this.auth.signUp(input, res));
  }

  @Public()
  @Mutation(() => UserModel)
  async logIn(@Args('input') input: LogInInput, @Http() { req, res }: HttpPair): Promise<UserModel> {
    return toUserModel(await this.auth.logIn(input, req.ip ?? 'unknown', res));
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async logOut(@CurrentUser() user: AuthUser, @Http() { res }: HttpPair): Promise<boolean> {
    await this.auth.logOut(user, res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account; always true.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @Mutation(() => UserModel)
  async resetPassword(@Args('input') input: ResetPasswordInput, @Http() { res }: HttpPair): Promise<UserModel> {
    return toUserModel(await this.auth.resetPassword(input, res));
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
