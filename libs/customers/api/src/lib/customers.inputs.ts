import { CUSTOMER_FIRST_NAME_MAX, CUSTOMER_LANGUAGES } from '@assoc/customers-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** A checkbox posted by a form ("true") or a boolean. */
const checkbox = ({ value }: { value: unknown }) => value === true || value === 'true' || value === 'on';

/** The join page's form (and the same checks for any other way in). */
export class JoinCustomerInput {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CUSTOMER_FIRST_NAME_MAX)
  firstName!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsIn(CUSTOMER_LANGUAGES, { context: { reason: 'customerLanguageInvalid' } })
  language!: string;

  @Transform(checkbox) @IsBoolean() loyalty!: boolean;
  @Transform(checkbox) @IsBoolean() news!: boolean;
  @Transform(checkbox) @IsBoolean() ideas!: boolean;

  /** Where the join came from (a cashmob, a campaign, a shop window's QR code). */
  @IsOptional() @IsString() @MaxLength(64) from?: string;
}

/** The "ask a new link" form. */
export class RequestCustomerLinkInput {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsOptional() @IsString() @MaxLength(300) next?: string;
}

/** The my-data page's form: correct the first name and language, change the consents. */
export class UpdateCustomerInput {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CUSTOMER_FIRST_NAME_MAX)
  firstName!: string;

  @IsIn(CUSTOMER_LANGUAGES, { context: { reason: 'customerLanguageInvalid' } })
  language!: string;

  @Transform(checkbox) @IsBoolean() loyalty!: boolean;
  @Transform(checkbox) @IsBoolean() news!: boolean;
  @Transform(checkbox) @IsBoolean() ideas!: boolean;
}

/** The board's list: search by first name, e-mail or card code; paged. */
@InputType()
export class CustomersQueryInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;
}

@InputType()
export class CustomerCardInput {
  @Field(() => ID) @IsUUID() customerId!: string;
}
