import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { LoyaltyBoard } from './loyalty-board.service';
import { LoyaltyCounter } from './loyalty-counter.service';
import {
  FundLoyaltyPotInput,
  LoyaltyCardViewModel,
  LoyaltyCounterModel,
  LoyaltyCounterResultModel,
  LoyaltyMovementModel,
  LoyaltyProgrammeModel,
  LoyaltyPurchaseInput,
  LoyaltyRedeemInput,
  LoyaltyRewardInput,
  LoyaltyRewardModel,
  LoyaltySettingsInput,
  LoyaltySettingsModel,
  LoyaltyShopInput,
  LoyaltyShopModel,
  ReverseLoyaltyMovementInput,
} from './loyalty.models';

/** The loyalty card for the board (/loyalty) and at a shop's counter (/loyalty/counter). */
@Resolver()
export class LoyaltyResolver {
  constructor(
    private readonly board: LoyaltyBoard,
    private readonly counter: LoyaltyCounter,
  ) {}

  @Allow(Permission.ManageLoyalty)
  @Query(() => LoyaltyProgrammeModel, { description: 'The rule, rewards, shops, the pot and the newest movements.' })
  loyaltyProgramme(@Member() member: CurrentMember): Promise<LoyaltyProgrammeModel> {
    return this.board.programme(member);
  }

  @Allow(Permission.ManageLoyalty)
  @Mutation(() => LoyaltySettingsModel)
  updateLoyaltySettings(
    @Member() member: CurrentMember,
    @Args('input') input: LoyaltySettingsInput,
  ): Promise<LoyaltySettingsModel> {
    return this.board.updateSettings(member, input);
  }

  @Allow(Permission.ManageLoyalty)
  @Mutation(() => LoyaltyRewardModel, { description: 'Creates (no id) or changes a reward.' })
  saveLoyaltyReward(
    @Member() member: CurrentMember,
    @Args('input') input: LoyaltyRewardInput,
  ): Promise<LoyaltyRewardModel> {
    return this.board.saveReward(member, input);
  }

  @Allow(Permission.ManageLoyalty)
  @Mutation(() => Int, { description: 'Sets money aside in the pot; answers what the pot has, in cents.' })
  fundLoyaltyPot(@Member() member: CurrentMember, @Args('input') input: FundLoyaltyPotInput): Promise<number> {
    return this.board.fundPot(member, input);
  }

  @Allow(Permission.ManageLoyalty)
  @Mutation(() => LoyaltyMovementModel, { description: 'Undoes a movement with a reason (the reversal).' })
  reverseLoyaltyMovement(
    @Member() member: CurrentMember,
    @Args('input') input: ReverseLoyaltyMovementInput,
  ): Promise<LoyaltyMovementModel> {
    return this.board.reverse(member, input);
  }

  @Allow(Permission.UseLoyaltyCounter)
  @Mutation(() => LoyaltyShopModel, {
    description: 'A shop joins or leaves the card (own shop, or any for the board).',
  })
  setLoyaltyShop(@Member() member: CurrentMember, @Args('input') input: LoyaltyShopInput): Promise<LoyaltyShopModel> {
    return this.board.setShop(member, input);
  }

  @Allow(Permission.UseLoyaltyCounter)
  @Query(() => LoyaltyCounterModel, { description: 'The counter: one’s shop, rewards, co-created products.' })
  loyaltyCounter(@Member() member: CurrentMember): Promise<LoyaltyCounterModel> {
    return this.counter.counter(member);
  }

  @Allow(Permission.UseLoyaltyCounter)
  @Query(() => LoyaltyCardViewModel, { description: 'A card scanned or typed at the counter: first name and balance.' })
  loyaltyCard(@Member() member: CurrentMember, @Args('code') code: string): Promise<LoyaltyCardViewModel> {
    return this.counter.card(member, code);
  }

  @Allow(Permission.UseLoyaltyCounter)
  @Mutation(() => LoyaltyCounterResultModel, { description: 'Credits a purchase’s points to a card, once per key.' })
  recordLoyaltyPurchase(
    @Member() member: CurrentMember,
    @Args('input') input: LoyaltyPurchaseInput,
  ): Promise<LoyaltyCounterResultModel> {
    return this.counter.recordPurchase(member, input);
  }

  @Allow(Permission.UseLoyaltyCounter)
  @Mutation(() => LoyaltyCounterResultModel, { description: 'Redeems a reward on a card in one’s shop, once per key.' })
  redeemLoyaltyReward(
    @Member() member: CurrentMember,
    @Args('input') input: LoyaltyRedeemInput,
  ): Promise<LoyaltyCounterResultModel> {
    return this.counter.redeem(member, input);
  }
}
