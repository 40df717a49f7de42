import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import {
  RecordShopPaymentInput,
  RecordTreasuryEntryInput,
  ReverseTreasuryEntryInput,
  ShopStatementModel,
  TreasuryBalanceModel,
  TreasuryEntryModel,
  TreasuryJournalInput,
  TreasuryJournalModel,
  TreasuryShopModel,
} from './treasury.models';
import { TreasuryService } from './treasury.service';

/** The association treasury for the president and the board. */
@Resolver()
export class TreasuryResolver {
  constructor(private readonly treasury: TreasuryService) {}

  @Allow(Permission.ViewTreasury)
  @Query(() => [TreasuryBalanceModel], { description: 'Every account that ever moved, with its balance.' })
  treasuryBalances(@Member() member: CurrentMember): Promise<TreasuryBalanceModel[]> {
    return this.treasury.balances(member);
  }

  @Allow(Permission.ViewTreasury)
  @Query(() => TreasuryJournalModel, { description: 'The journal, newest entry first.' })
  treasuryJournal(
    @Member() member: CurrentMember,
    @Args('page', { type: () => TreasuryJournalInput, nullable: true }) page?: TreasuryJournalInput,
  ): Promise<TreasuryJournalModel> {
    return this.treasury.journal(member, page ?? Object.assign(new TreasuryJournalInput(), { first: 20 }));
  }

  @Allow(Permission.ViewTreasury)
  @Query(() => ShopStatementModel, { description: 'What a shop was owed, the month’s entries, what it is owed.' })
  shopStatement(
    @Member() member: CurrentMember,
    @Args('shopId', { type: () => ID }) shopId: string,
    @Args('month', { description: 'yyyy-mm' }) month: string,
  ): Promise<ShopStatementModel> {
    return this.treasury.statement(member, shopId, month);
  }

  @Allow(Permission.ViewTreasury)
  @Query(() => [TreasuryShopModel], {
    description: 'The shops a statement or a payment may name: active members’ shops and any shop with a payable.',
  })
  treasuryShops(@Member() member: CurrentMember): Promise<TreasuryShopModel[]> {
    return this.treasury.shopList(member);
  }

  @Allow(Permission.RecordTreasury)
  @Mutation(() => ShopStatementModel, {
    description:
      'Closes a past month’s statement of a shop: entries of the board dated in it are then refused, other postings land on the next open day.',
  })
  closeShopStatement(
    @Member() member: CurrentMember,
    @Args('shopId', { type: () => ID }) shopId: string,
    @Args('month', { description: 'yyyy-mm' }) month: string,
  ): Promise<ShopStatementModel> {
    return this.treasury.close(member, shopId, month);
  }

  @Allow(Permission.RecordTreasury)
  @Mutation(() => TreasuryEntryModel, {
    description: 'A bank payment to a shop, against what it is owed (and a closed statement, when named).',
  })
  recordShopPayment(
    @Member() member: CurrentMember,
    @Args('input') input: RecordShopPaymentInput,
  ): Promise<TreasuryEntryModel> {
    return this.treasury.recordShopPayment(member, input);
  }

  @Allow(Permission.RecordTreasury)
  @Mutation(() => TreasuryEntryModel, { description: 'An income or an expense recorded by hand.' })
  recordTreasuryEntry(
    @Member() member: CurrentMember,
    @Args('input') input: RecordTreasuryEntryInput,
  ): Promise<TreasuryEntryModel> {
    return this.treasury.recordEntry(member, input);
  }

  @Allow(Permission.RecordTreasury)
  @Mutation(() => TreasuryEntryModel, { description: 'Posts the entry that undoes another, saying why.' })
  reverseTreasuryEntry(
    @Member() member: CurrentMember,
    @Args('input') input: ReverseTreasuryEntryInput,
  ): Promise<TreasuryEntryModel> {
    return this.treasury.reverse(member, input);
  }
}
