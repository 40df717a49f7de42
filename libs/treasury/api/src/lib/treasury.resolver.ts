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

  @Allow(Permission.RecordTreasury)
  @Mutation(() => TreasuryEntryModel, { description: 'A bank payment to a shop, against what it is owed.' })
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
