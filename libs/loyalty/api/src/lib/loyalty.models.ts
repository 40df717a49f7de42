import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LOYALTY_LIMITS, LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

registerEnumType(LoyaltyMovementKind, { name: 'LoyaltyMovementKind' });

export const LOYALTY_KEY_MAX = 80;

@ObjectType('LoyaltySettings')
export class LoyaltySettingsModel {
  @Field() enabled!: boolean;
  @Field(() => Int) pointsPerEuro!: number;
  @Field(() => Int) campaignBonusPercent!: number;
  @Field(() => Int) dailyCapPoints!: number;
  @Field(() => Int) maxPurchaseCents!: number;
}

@ObjectType('LoyaltyReward')
export class LoyaltyRewardModel {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => Int) pointsCost!: number;
  @Field(() => Int) valueCents!: number;
  @Field() active!: boolean;
}

@ObjectType('LoyaltyShop')
export class LoyaltyShopModel {
  @Field(() => ID) shopId!: string;
  @Field() name!: string;
  @Field({ description: 'The shop takes the card.' }) inProgramme!: boolean;
}

@ObjectType('LoyaltyMovement')
export class LoyaltyMovementModel {
  @Field(() => ID) id!: string;
  @Field(() => LoyaltyMovementKind) kind!: LoyaltyMovementKind;
  @Field(() => Int, { description: 'Signed: a credit positive, a redemption negative.' }) points!: number;
  @Field({ description: 'yyyy-mm-dd in the association’s time zone.' }) day!: string;
  @Field() createdAt!: Date;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'The card holder’s first name (null once erased).' })
  firstName!: string | null;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field(() => Int, { nullable: true }) purchaseCents!: number | null;
  @Field(() => Int, { nullable: true }) valueCents!: number | null;
  @Field(() => ID, { nullable: true }) reverses!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({ description: 'Another movement reverses this one.' }) reversed!: boolean;
}

@ObjectType('LoyaltyProgramme')
export class LoyaltyProgrammeModel {
  @Field(() => LoyaltySettingsModel) settings!: LoyaltySettingsModel;
  @Field(() => [LoyaltyRewardModel]) rewards!: LoyaltyRewardModel[];
  @Field(() => [LoyaltyShopModel]) shops!: LoyaltyShopModel[];
  @Field(() => Int, { description: 'What the pot still has for rewards (funded − rewards taken), in cents.' })
  potAvailableCents!: number;
  @Field(() => [LoyaltyMovementModel], { description: 'The newest movements first.' })
  movements!: LoyaltyMovementModel[];
}

@ObjectType('LoyaltyCoProduct')
export class LoyaltyCoProductModel {
  @Field() productRef!: string;
  @Field() label!: string;
  @Field(() => Int) sharePercent!: number;
}

@ObjectType('LoyaltyCounter')
export class LoyaltyCounterModel {
  @Field(() => ID, { nullable: true, description: 'The member’s shop, or null without one.' }) shopId!: string | null;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field() inProgramme!: boolean;
  @Field() programmeEnabled!: boolean;
  @Field(() => Int) maxPurchaseCents!: number;
  @Field(() => [LoyaltyRewardModel], { description: 'The rewards a card may take now.' })
  rewards!: LoyaltyRewardModel[];
  @Field(() => [LoyaltyCoProductModel], { description: 'The shop’s co-created products.' })
  coProducts!: LoyaltyCoProductModel[];
}

@ObjectType('LoyaltyCardView')
export class LoyaltyCardViewModel {
  @Field() firstName!: string;
  @Field(() => Int) balance!: number;
  @Field() cardCode!: string;
}

@ObjectType('LoyaltyCounterResult')
export class LoyaltyCounterResultModel {
  @Field(() => ID) movementId!: string;
  @Field() firstName!: string;
  @Field(() => Int, { description: 'Points credited (positive) or spent (negative).' }) points!: number;
  @Field(() => Int) balance!: number;
  @Field({ description: 'The daily cap cut the points.' }) capped!: boolean;
  @Field(() => Int, { description: 'Points shared with a co-created product’s beneficiary.' }) sharedPoints!: number;
  @Field(() => Int, { nullable: true }) valueCents!: number | null;
}

@InputType()
export class LoyaltySettingsInput {
  @Field() @IsBoolean() enabled!: boolean;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.pointsPerEuro.min)
  @Max(LOYALTY_LIMITS.pointsPerEuro.max)
  pointsPerEuro!: number;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.campaignBonusPercent.min)
  @Max(LOYALTY_LIMITS.campaignBonusPercent.max)
  campaignBonusPercent!: number;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.dailyCapPoints.min)
  @Max(LOYALTY_LIMITS.dailyCapPoints.max)
  dailyCapPoints!: number;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.maxPurchaseCents.min)
  @Max(LOYALTY_LIMITS.maxPurchaseCents.max)
  maxPurchaseCents!: number;
}

@InputType()
export class LoyaltyRewardInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new reward.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field() @IsString() @IsNotEmpty() @MaxLength(LOYALTY_LIMITS.rewardLabel.max) label!: string;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.rewardPoints.min)
  @Max(LOYALTY_LIMITS.rewardPoints.max)
  pointsCost!: number;
  @Field(() => Int)
  @IsInt()
  @Min(LOYALTY_LIMITS.rewardValueCents.min)
  @Max(LOYALTY_LIMITS.rewardValueCents.max)
  valueCents!: number;
  @Field() @IsBoolean() active!: boolean;
}

@InputType()
export class LoyaltyShopInput {
  @Field(() => ID, { nullable: true, description: 'The board names any shop; a shopkeeper only their own (absent).' })
  @IsOptional()
  @IsUUID()
  shopId?: string | null;
  @Field() @IsBoolean() inProgramme!: boolean;
}

@InputType()
export class KeyedInput {
  @Field({ description: 'Chosen by the page: a retry or a double tap counts once.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LOYALTY_KEY_MAX)
  idempotencyKey!: string;
}

@InputType()
export class FundLoyaltyPotInput extends KeyedInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(100_000_000) cents!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LOYALTY_LIMITS.label.max)
  label?: string | null;
}

@InputType()
export class ReverseLoyaltyMovementInput extends KeyedInput {
  @Field(() => ID) @IsUUID() movementId!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(LOYALTY_LIMITS.reason.max) reason!: string;
}

@InputType()
export class LoyaltyPurchaseInput extends KeyedInput {
  @Field({ description: 'The card’s code (scanned) or its short code (typed).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code!: string;
  @Field(() => Int, { description: 'The purchase in cents: positive, at most the board’s maximum.' })
  @IsInt()
  amountCents!: number;
  @Field(() => String, { nullable: true, description: 'A co-created product of the shop sold in this purchase.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  productRef?: string | null;
}

@InputType()
export class LoyaltyRedeemInput extends KeyedInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(64) code!: string;
  @Field(() => ID) @IsUUID() rewardId!: string;
}
