import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientIp, Public, RateLimit, RateLimiter } from '@assoc/platform-api';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { SignUpToCashmobInput } from './cashmob.inputs';
import { MySignUpModel, PublicCashmobModel, SignUpReceiptModel } from './cashmob.models';

/** Per client address and API instance. */
export const CASHMOB_RATE_LIMITS: Readonly<Record<'read' | 'signUp' | 'token', RateLimit>> = {
  read: { limit: 120, windowMs: 60_000 },
  signUp: { limit: 20, windowMs: 10 * 60_000 },
  token: { limit: 60, windowMs: 10 * 60_000 },
};

/**
 * The public page and a participant's own sign-up, without an account. Rate-limited per client
 * address; nothing here reveals another participant's data (counts only).
 */
@Resolver(() => PublicCashmobModel)
export class PublicCashmobResolver {
  constructor(
    private readonly signUps: CashmobSignUpsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Query(() => PublicCashmobModel, { description: 'The public page by its slug; NOT_FOUND before the shop accepted.' })
  publicCashmob(@Args('slug') slug: string, @ClientIp() ip: string): Promise<PublicCashmobModel> {
    this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    return this.signUps.publicCashmob(slug);
  }

  @Public()
  @Mutation(() => SignUpReceiptModel, {
    description: 'CONFIRMED while spots are free, else WAITING; the manage link is mailed.',
  })
  signUpToCashmob(
    @Args('slug') slug: string,
    @Args('input') input: SignUpToCashmobInput,
    @ClientIp() ip: string,
  ): Promise<SignUpReceiptModel> {
    this.limiter.consume(`cashmob-sign-up:${ip}`, CASHMOB_RATE_LIMITS.signUp);
    return this.signUps.signUp(slug, input);
  }

  @Public()
  @Query(() => MySignUpModel, { description: 'A sign-up through the secret token of its e-mailed link.' })
  mySignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<MySignUpModel> {
    this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.mySignUp(token);
  }

  @Public()
  @Mutation(() => MySignUpModel)
  changeSignUp(
    @Args('token') token: string,
    @Args('intendedSpendCents', { type: () => Int }) intendedSpendCents: number,
    @ClientIp() ip: string,
  ): Promise<MySignUpModel> {
    this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.change(token, intendedSpendCents);
  }

  @Public()
  @Mutation(() => MySignUpModel, { description: 'Cancels; the first person waiting gets the spot.' })
  cancelSignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<MySignUpModel> {
    this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.cancel(token);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Erases the first name and e-mail at once (cancelling first if needed); the link stops working.',
  })
  deleteSignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<boolean> {
    this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.erase(token);
  }
}
