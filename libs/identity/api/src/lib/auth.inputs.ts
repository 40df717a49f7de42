import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@assoc/platform-api';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@assoc/identity-domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** A new password: 12 to 128 characters (checked here, counted in code points by the domain). */
export function PasswordField(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    MinLength(PASSWORD_MIN_LENGTH, { context: { reason: 'passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } } })(
      target,
      key,
    );
    MaxLength(PASSWORD_MAX_LENGTH, { context: { reason: 'passwordTooLong', params: { max: PASSWORD_MAX_LENGTH } } })(
      target,
      key,
    );
  };
}

export function EmailField(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))(target, key);
    IsEmail()(target, key);
    MaxLength(254)(target, key);
  };
}

export function PersonNameField(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(100)(target, key);
  };
}

@InputType()
export class SignUpInput {
  @Field() @EmailField() email!: string;
  @Field() @PersonNameField() name!: string;
  @Field() @PasswordField() password!: string;
  @Field(() => Locale, { nullable: true }) @IsOptional() @IsEnum(Locale) locale?: Locale;
}

@InputType()
export class LogInInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(254) email!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @EmailField() email!: string;
}

@InputType()
export class ConfirmSignUpInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
  @Field() @PasswordField() password!: string;
}
