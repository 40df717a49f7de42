import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  AppError,
  CurrentMember,
  Member,
  Permission,
  RateLimit,
  RateLimiter,
  uuidArg,
} from '@assoc/platform-api';
import { CashmobCheckInService } from './cashmob-check-in.service';
import { toSignUpModel } from './cashmob.mapper';
import { CashmobSignUpModel } from './cashmob.models';

/** On the day: sign-ups with their personal data (organiser, shop owner, board), check-in, walk-ins. */
/** Check-in codes one person may try (a scanner at the door: one every 2 seconds on average). */
export const CHECK_IN_CODE_LIMIT: RateLimit = { limit: 300, windowMs: 10 * 60_000 };
/** Wrong check-in codes tried on one cashmob, whoever tries them: what keeps 8-character codes unguessable (see checkInCode). */
export const CHECK_IN_WRONG_CODE_LIMIT: RateLimit = { limit: 20, windowMs: 60 * 60_000 };

/** A refusal of the code itself (no sign-up of this cashmob has it), as opposed to one of the caller. */
const isWrongCode = (error: unknown): boolean => error instanceof AppError && error.reason === 'checkInCodeInvalid';

@Resolver(() => CashmobSignUpModel)
export class CashmobCheckInResolver {
  constructor(
    private readonly checkIns: CashmobCheckInService,
    private readonly limiter: RateLimiter,
  ) {}

  @Allow(Permission.ViewCashmobs)
  @Query(() => [CashmobSignUpModel], {
    description: 'Only for the organiser, the shop’s owner and the board; search on first name or e-mail.',
  })
  async cashmobSignUps(
    @Args('cashmobId', { type: () => ID }, uuidArg('cashmobId')) cashmobId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Member() member: CurrentMember,
  ): Promise<CashmobSignUpModel[]> {
    return (await this.checkIns.list(member, cashmobId, search)).map(toSignUpModel);
  }

  @Allow(Permission.ViewCashmobs)
  @Mutation(() => CashmobSignUpModel, { description: 'Checks a person in from the list (idempotent).' })
  async checkInSignUp(
    @Args('signUpId', { type: () => ID }, uuidArg('signUpId')) signUpId: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobSignUpModel> {
    return toSignUpModel(await this.checkIns.checkIn(member, signUpId));
  }

  @Allow(Permission.ViewCashmobs)
  @Mutation(() => CashmobSignUpModel, {
    description: 'Checks a person in by the code of the QR in their confirmation.',
  })
  async checkInByCode(
    @Args('cashmobId', { type: () => ID }, uuidArg('cashmobId')) cashmobId: string,
    @Args('code') code: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobSignUpModel> {
    await this.limiter.consume(`check-in-code:${member.userId}`, CHECK_IN_CODE_LIMIT);
    // Every try counts against the cashmob's allowance of wrong codes; given back unless the code was
    // wrong (a right code, or a refusal that is not about the code: someone who may not check in here).
    const perCashmob = `check-in-wrong-code:${cashmobId}`;
    await this.limiter.consume(perCashmob, CHECK_IN_WRONG_CODE_LIMIT);
    try {
      const signUp = await this.checkIns.checkInByCode(member, cashmobId, code);
      await this.limiter.refund(perCashmob);
      return toSignUpModel(signUp);
    } catch (error) {
      if (!isWrongCode(error)) await this.limiter.refund(perCashmob);
      throw error;
    }
  }

  @Allow(Permission.ViewCashmobs)
  @Mutation(() => CashmobSignUpModel, { description: 'Someone who came without signing up: checked in at once.' })
  async addWalkIn(
    @Args('cashmobId', { type: () => ID }, uuidArg('cashmobId')) cashmobId: string,
    @Args('firstName') firstName: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobSignUpModel> {
    return toSignUpModel(await this.checkIns.addWalkIn(member, cashmobId, firstName));
  }
}
