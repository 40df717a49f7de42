import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MAX_CENTS } from '@assoc/shared-util';
import { BUDGET_MAX_LINES, ProjectCategory, SplitRuleKind } from '@assoc/projects-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

registerEnumType(ProjectCategory, { name: 'ProjectCategory' });
registerEnumType(SplitRuleKind, { name: 'SplitRuleKind' });

export const PROJECT_TITLE_MAX = 200;
export const PROJECT_DESCRIPTION_MAX = 10_000;

/** Amounts are integer cents; GraphQL Float carries them exactly up to MAX_CENTS (Int stops at 2^31). */
@InputType()
export class BudgetLineInput {
  @Field() @IsString() label!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() supplier?: string | null;
  @Field(() => Int) @IsInt() quantity!: number;
  @Field(() => Float, { description: 'Unit price excluding VAT, integer cents.' })
  @IsInt()
  @Max(MAX_CENTS)
  unitPriceCents!: number;
  @Field(() => Int, { description: 'VAT rate in basis points: 0, 210, 550, 1000 or 2000.' })
  @IsInt()
  vatRateBp!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'What one shop alone would pay for the whole line, VAT included, integer cents.',
  })
  @IsOptional()
  @IsInt()
  @Max(MAX_CENTS)
  soloPriceCents?: number | null;
}

@InputType()
export class ParticipantWeightInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field(() => Float) @IsNumber() weight!: number;
}

@InputType()
export class ParticipantFixedAmountInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field(() => Float) @IsInt() @Max(MAX_CENTS) cents!: number;
}

@InputType()
export class SplitRuleInput {
  @Field(() => SplitRuleKind) @IsEnum(SplitRuleKind) kind!: SplitRuleKind;
  @Field(() => [ParticipantWeightInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ParticipantWeightInput)
  weights?: ParticipantWeightInput[] | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() defaultWeight?: number | null;
  @Field(() => [ParticipantFixedAmountInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ParticipantFixedAmountInput)
  fixed?: ParticipantFixedAmountInput[] | null;
}

@InputType()
export class CreateProjectInput {
  @Field() @IsString() @MaxLength(PROJECT_TITLE_MAX) title!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(PROJECT_DESCRIPTION_MAX) description = '';
  @Field(() => ProjectCategory) @IsEnum(ProjectCategory) category!: ProjectCategory;
  @Field(() => [BudgetLineInput])
  @ArrayMaxSize(BUDGET_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budgetLines!: BudgetLineInput[];
  @Field(() => SplitRuleInput) @ValidateNested() @Type(() => SplitRuleInput) splitRule!: SplitRuleInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) minParticipants?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_CENTS) minPledgedCents?:
    number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() joinDeadline?: Date | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(PROJECT_TITLE_MAX) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(PROJECT_DESCRIPTION_MAX) description?: string;
  @Field(() => ProjectCategory, { nullable: true }) @IsOptional() @IsEnum(ProjectCategory) category?: ProjectCategory;
  @Field(() => [BudgetLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(BUDGET_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budgetLines?: BudgetLineInput[];
  @Field(() => SplitRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SplitRuleInput)
  splitRule?: SplitRuleInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) minParticipants?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_CENTS) minPledgedCents?:
    number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() joinDeadline?: Date | null;
}
