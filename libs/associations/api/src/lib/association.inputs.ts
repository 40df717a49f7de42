import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Majority } from '@assoc/associations-domain';
import { EmailField, PersonNameField } from '@assoc/identity-api';
import { PasswordField } from '@assoc/identity-api';
import { Locale, Role } from '@assoc/platform-api';
import { isSupportedCurrency, isTimeZone, MAX_CENTS } from '@assoc/shared-util';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';

const IsTimeZone = () =>
  ValidateBy({ name: 'isTimeZone', validator: { validate: (v) => typeof v === 'string' && isTimeZone(v) } });
const IsCurrency = () =>
  ValidateBy({ name: 'isCurrency', validator: { validate: (v) => typeof v === 'string' && isSupportedCurrency(v) } });
/** French postcodes (including overseas): five digits. */
export const IsPostcode = () => Matches(/^\d{5}$/, { context: { reason: 'isPostcode' } });

@InputType()
export class CreateAssociationInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) town!: string;
  @Field() @IsString() @IsPostcode() postcode!: string;
  @Field({ nullable: true }) @IsOptional() @IsTimeZone() timeZone?: string;
  @Field({ nullable: true }) @IsOptional() @IsCurrency() currency?: string;
}

@InputType()
export class UpdateAssociationSettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(120) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) town?: string;
  @Field({ nullable: true }) @IsOptional() @IsPostcode() postcode?: string;
  @Field({ nullable: true }) @IsOptional() @IsTimeZone() timeZone?: string;
  @Field({ nullable: true }) @IsOptional() @IsCurrency() currency?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) quorumPercent?: number;
  @Field(() => Majority, { nullable: true }) @IsOptional() @IsEnum(Majority) majority?: Majority;
  @Field(() => Float, {
    nullable: true,
    description: 'Integer cents above which a project expense needs a second signature; null turns it off.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  secondSignatureAboveCents?: number | null;
  @Field({
    nullable: true,
    description:
      'Those who can act on money, roles or rules must have a second factor to do so; turning it on needs one on your own account.',
  })
  @IsOptional()
  @IsBoolean()
  secondFactorRequired?: boolean;
}

@InputType()
export class InviteMemberInput {
  @Field() @EmailField() email!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}

@InputType()
export class SignUpWithInvitationInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
  @Field() @PersonNameField() name!: string;
  @Field() @PasswordField() password!: string;
  @Field(() => Locale, { nullable: true }) @IsOptional() @IsEnum(Locale) locale?: Locale;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}
