import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsCalendarDate } from '@assoc/platform-api';
import { MAX_CENTS } from '@assoc/shared-util';
import { StatementPayment, TREASURY_LABEL_MAX, TREASURY_REASON_MAX, TreasuryAccountKind } from '@assoc/treasury-domain';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TREASURY_KEY_MAX } from './treasury-ledger.service';

registerEnumType(TreasuryAccountKind, { name: 'TreasuryAccountKind' });
registerEnumType(StatementPayment, { name: 'StatementPayment' });

/** What the board records by hand besides paying a shop. */
export enum TreasuryFlow {
  /** Money in: the bank, from income. */
  INCOME = 'INCOME',
  /** Money out: an expense, from the bank. */
  EXPENSE = 'EXPENSE',
}
registerEnumType(TreasuryFlow, { name: 'TreasuryFlow' });

@ObjectType('TreasuryBalance')
export class TreasuryBalanceModel {
  @Field({ description: 'The account key: BANK, SHOP_PAYABLE:<shop id>...' }) account!: string;
  @Field(() => TreasuryAccountKind) kind!: TreasuryAccountKind;
  @Field(() => String, { nullable: true, description: 'The shop of a payable.' }) ref!: string | null;
  @Field(() => String, { nullable: true, description: 'The shop’s name, for a payable.' }) shopName!: string | null;
  @Field(() => Float, { description: 'Signed cents: positive a debit (money in the bank), negative a credit (owed).' })
  cents!: number;
}

@ObjectType('TreasuryLine')
export class TreasuryLineModel {
  @Field() account!: string;
  @Field(() => TreasuryAccountKind) kind!: TreasuryAccountKind;
  @Field(() => String, { nullable: true }) ref!: string | null;
  @Field(() => Float) cents!: number;
}

@ObjectType('TreasuryEntry')
export class TreasuryEntryModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The booking day, yyyy-mm-dd.' }) day!: string;
  @Field() label!: string;
  @Field({ description: 'The domain that posted it (loyalty, treasury...).' }) sourceDomain!: string;
  @Field() sourceRef!: string;
  @Field(() => ID, { nullable: true }) reverses!: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that reversed this one, if any.' })
  reversedBy?: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => [TreasuryLineModel]) lines!: TreasuryLineModel[];
}

@ObjectType('TreasuryJournal')
export class TreasuryJournalModel {
  @Field(() => [TreasuryEntryModel]) entries!: TreasuryEntryModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the older entries; null at the end.' })
  nextCursor!: string | null;
}

@ObjectType('ShopStatementLine')
export class ShopStatementLineModel {
  @Field(() => ID) entryId!: string;
  @Field() day!: string;
  @Field() label!: string;
  @Field(() => Float, { description: 'What the entry adds to what the shop is owed (a payment: negative).' })
  owedCents!: number;
  @Field(() => Float) balanceCents!: number;
}

@ObjectType('ShopStatementClosing')
export class ShopStatementClosingModel {
  @Field(() => ID) id!: string;
  @Field() closedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who closed it (null: unknown or account closed).' })
  closedByName!: string | null;
  @Field(() => Float, { description: 'As closed: what was owed at the start of the month.' }) openingCents!: number;
  @Field(() => Float, { description: 'As closed: what is owed for the month, to be paid.' }) closingCents!: number;
  @Field(() => Float, { description: 'Paid against this statement (payments not reversed).' }) paidCents!: number;
  @Field(() => StatementPayment) payment!: StatementPayment;
  @Field(() => [ID], { description: 'The payments’ journal entries, oldest first.' }) paymentEntryIds!: string[];
}

@ObjectType('TreasuryShop')
export class TreasuryShopModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ShopStatement')
export class ShopStatementModel {
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field() month!: string;
  @Field(() => Float, { description: 'What the association owed the shop at the start of the month.' })
  openingCents!: number;
  @Field(() => [ShopStatementLineModel]) lines!: ShopStatementLineModel[];
  @Field(() => Float, { description: 'What the association owes the shop at the end of the month.' })
  closingCents!: number;
  @Field(() => ShopStatementClosingModel, { nullable: true, description: 'Set once the board closed the month.' })
  closing!: ShopStatementClosingModel | null;
  @Field({ description: 'The month is over and not closed yet.' }) closable!: boolean;
}

@InputType()
export class TreasuryJournalInput {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) after?: string | null;
}

@InputType({ isAbstract: true })
abstract class TreasuryMutationInput {
  @Field({
    description:
      'Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TREASURY_KEY_MAX)
  idempotencyKey!: string;
}

@InputType({ isAbstract: true })
abstract class TreasuryAmountInput extends TreasuryMutationInput {
  @Field(() => Float, { description: 'Integer cents, positive.' }) @IsInt() @Min(1) @Max(MAX_CENTS) cents!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The booking day, yyyy-mm-dd; today (association time) by default.',
  })
  @IsOptional()
  @IsCalendarDate()
  day?: string | null;
  @Field() @IsString() @IsNotEmpty() @MaxLength(TREASURY_LABEL_MAX) label!: string;
}

@InputType()
export class RecordShopPaymentInput extends TreasuryAmountInput {
  @Field(() => ID) @IsUUID() shopId!: string;
  @Field(() => ID, { nullable: true, description: 'The closed statement this payment settles (all or part).' })
  @IsOptional()
  @IsUUID()
  closingId?: string | null;
}

@InputType()
export class RecordTreasuryEntryInput extends TreasuryAmountInput {
  @Field(() => TreasuryFlow) @IsEnum(TreasuryFlow) flow!: TreasuryFlow;
}

@InputType()
export class ReverseTreasuryEntryInput extends TreasuryMutationInput {
  @Field(() => ID) @IsUUID() entryId!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(TREASURY_REASON_MAX) reason!: string;
}
