import { Field, ID, InputType, Float } from '@nestjs/graphql';
import { MAX_CENTS } from '@assoc/shared-util';
import { PaymentMethod, REJECTION_REASON_MAX } from '@assoc/projects-domain';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const IDEMPOTENCY_KEY_MAX = 100;
export const LEDGER_NOTE_MAX = 500;

@InputType({ isAbstract: true })
abstract class MoneyMutationInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field({
    description:
      'Chosen by the client per operation: the same key replays the first result; with other content it is refused (CONFLICT).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(IDEMPOTENCY_KEY_MAX)
  idempotencyKey!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LEDGER_NOTE_MAX) note?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the money moved; now by default.' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date | null;
}

@InputType()
export class RecordContributionInput extends MoneyMutationInput {
  @Field(() => ID, { description: 'The participant who paid.' }) @IsUUID() membershipId!: string;
  @Field(() => Float, { description: 'Integer cents, positive.' }) @IsInt() @Max(MAX_CENTS) cents!: number;
  @Field(() => PaymentMethod) @IsEnum(PaymentMethod) paymentMethod!: PaymentMethod;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Set once the treasurer confirmed a contribution beyond what the participant still owes (refused otherwise, naming by how much).',
  })
  @IsOptional()
  @IsBoolean()
  confirmOverpayment?: boolean | null;
}

@InputType()
export class SetOverpaymentLimitInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Integer cents a contribution may go beyond what its participant still owes; null lifts the limit.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  limitCents!: number | null;
}

@InputType()
export class RecordExpenseInput extends MoneyMutationInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) supplier!: string;
  @Field(() => Float) @IsInt() @Max(MAX_CENTS) cents!: number;
  @Field(() => PaymentMethod, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentMethod)
  paymentMethod?: PaymentMethod | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A participant who paid the supplier directly; else the project cash paid.',
  })
  @IsOptional()
  @IsUUID()
  paidByMembershipId?: string | null;
  @Field(() => ID, { nullable: true, description: 'From POST /api/projects/:id/receipts.' })
  @IsOptional()
  @IsUUID()
  receiptId?: string | null;
}

@InputType()
export class RecordRefundInput extends MoneyMutationInput {
  @Field(() => ID, { nullable: true, description: 'The participant refunded by the project (give this or supplier).' })
  @IsOptional()
  @IsUUID()
  membershipId?: string | null;
  @Field(() => String, { nullable: true, description: 'The supplier refunding the project.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  supplier?: string | null;
  @Field(() => Float) @IsInt() @Max(MAX_CENTS) cents!: number;
  @Field(() => PaymentMethod, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentMethod)
  paymentMethod?: PaymentMethod | null;
}

@InputType()
export class ReverseLedgerEntryInput extends MoneyMutationInput {
  @Field(() => ID) @IsUUID() entryId!: string;
}

@InputType()
export class ApproveExpenseInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field(() => ID, { description: 'The expense awaiting a second signature.' }) @IsUUID() entryId!: string;
}

@InputType()
export class RejectExpenseInput extends ApproveExpenseInput {
  @Field({ description: 'Why the second board member refuses it (shown in the ledger).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REJECTION_REASON_MAX)
  reason!: string;
}
