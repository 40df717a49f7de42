import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientIp, Public, RateLimit, RateLimiter } from '@assoc/platform-api';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { SignUpToCashmobInput } from './cashmob.inputs';
import { MySignUpModel, PublicCashmobModel, SignUpReceiptModel } from './cashmob.models';

/** Per client address, for every API instance together. */
export const CASHMOB_RATE_LIMITS: Readonly<Record<'read' | 'signUp' | 'token', RateLimit>> = {
  read: { limit: 120, windowMs: 60_000, batched: true },
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
  async publicCashmob(@Args('slug') slug: string, @ClientIp() ip: string): Promise<PublicCashmobModel> {
    await this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    return this.signUps.publicCashmob(slug);
  }

  @Public()
  @Mutation(() => SignUpReceiptModel, {
    description: 'CONFIRMED while spots are free, else WAITING; the manage link is mailed.',
  })
  async signUpToCashmob(
    @Args('slug') slug: string,
    @Args('input') input: SignUpToCashmobInput,
    @ClientIp() ip: string,
  ): Promise<SignUpReceiptModel> {
    await this.limiter.consume(`cashmob-sign-up:${ip}`, CASHMOB_RATE_LIMITS.signUp);
    return this.signUps.signUp(slug, input);
  }

  @Public()
  @Query(() => MySignUpModel, { description: 'A sign-up through the secret token of its e-mailed link.' })
  async mySignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<MySignUpModel> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.mySignUp(token);
  }

  @Public()
  @Mutation(() => MySignUpModel)
  async changeSignUp(
    @Args('token') token: string,
    @Args('intendedSpendCents', { type: () => Int }) intendedSpendCents: number,
    @ClientIp() ip: string,
  ): Promise<MySignUpModel> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.change(token, intendedSpendCents);
  }

  @Public()
  @Mutation(() => MySignUpModel, { description: 'Cancels; the first person waiting gets the spot.' })
  async cancelSignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<MySignUpModel> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.cancel(token);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Erases the first name and e-mail at once (cancelling first if needed); the link stops working.',
  })
  async deleteSignUp(@Args('token') token: string, @ClientIp() ip: string): Promise<boolean> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    return this.signUps.erase(token);
  }
}
